package io.newsstream.enrich.core.topics;

import java.util.List;

/**
 * Why a topic scored as it did: its probability, the SVM margin (NaN when the model has no examples
 * of it and the keyword prior alone decided), the model features with the largest contributions to
 * its log-odds, and the lexicon keywords that hit with their evidence. For a narrower topic, also its
 * broader topic and its share of the keyword evidence of the topics under that broader topic (else
 * null and NaN).
 */
public record TopicExplanation(String code, String label, double probability, double margin, int trainingExamples,
                               double keywordEvidence, List<Contribution> features, List<Contribution> keywords,
                               String broader, double siblingShare) {
    public record Contribution(String feature, double logOdds) {}
}
