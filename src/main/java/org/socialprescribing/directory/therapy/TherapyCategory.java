package org.socialprescribing.directory.therapy;

public enum TherapyCategory {
    EXERCISE_BASED,
    MANUAL,
    MIND_BODY,
    OTHER
}
