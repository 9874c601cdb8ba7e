package dev.gonggo.eval;

import java.util.Set;

/**
 * What a person who read a posting says it asks for.
 *
 * @param file the posting's file name
 * @param required skill ids of its requirements
 * @param preferred skill ids of its preferred qualifications
 * @param minYears the least years of experience asked, or null when it says nothing
 * @param caseId its company-type case, or null where the rubric does not apply
 */
public record GoldLabel(String file, Set<String> required, Set<String> preferred,
    Integer minYears, String caseId) {}
