/**
 * gonggo on SolrCloud: the same postings, analysed by gonggo, kept in a Solr collection instead
 * of the local index folder, and searched, counted and shown there with the same results. Comes
 * after the search stage: it stores the index stage's documents and answers in the search
 * stage's terms. What runs inside Solr is in {@link dev.gonggo.solr.plugin}.
 */
package dev.gonggo.solr;
