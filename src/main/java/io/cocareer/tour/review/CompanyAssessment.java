package io.cocareer.tour.review;

/** The company's section of the closing review: its results and the next step, with a note. */
public record CompanyAssessment(String results, NextStep nextStep, String nextStepNote) {

}
