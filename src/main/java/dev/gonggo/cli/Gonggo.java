package dev.gonggo.cli;
public class Gonggo { public static void main(String[] a) {} }
