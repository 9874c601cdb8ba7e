package dev.gonggo.match;

import java.util.List;

/**
 * What {@code gonggo match} answers for one person.
 *
 * @param profile the person as read
 * @param considered the postings of the index (in the cases asked) that were weighed
 * @param best the best fits, best first
 * @param learnNext the skills to learn, read from the best fits
 */
public record MatchResult(Profile profile, int considered, List<PostingFit> best,
    List<LearnNext.Item> learnNext) {}
