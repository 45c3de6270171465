package org.shilu.model;

/** What part a speaker plays in a programme; it decides defaults such as who is timestamped. */
public enum Role {
    HOST,
    GUEST,
    CALLER,
    NETIZEN,
    NARRATOR,
    OTHER
}
