// The shape of a topic's cues: what a sentence must hold besides the topic's phrase, and what rules it out.

/** A topic's cues: one of `required` must share the sentence with the phrase; none of `excluding` may. */
export interface TopicCues {
  required?: readonly string[];
  excluding?: readonly string[];
}
