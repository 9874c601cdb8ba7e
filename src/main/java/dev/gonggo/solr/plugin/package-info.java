/**
 * What gonggo puts into Solr: its analysis chain as a Lucene tokenizer factory, so that a Solr
 * collection's text field holds the tokens gonggo's own index holds, and queries analysed there
 * meet them. Depends on the analysis stage and Lucene only; the build packs this package and the
 * analysis stage, with its dictionaries (and AnalysisDeadline, the one class of the text stage the
 * analysis calls), into {@code target/gonggo-solr-plugin.jar}.
 */
package dev.gonggo.solr.plugin;
