/// Recorded sessions that are also tests: parse, replay, compare, diff, update.
public enum Transcripts {}
