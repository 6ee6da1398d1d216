package dev.ashlar.migration;

import java.util.List;
import java.util.Optional;

/** Asks the person at the terminal; empty answers mean there is nobody to ask. */
public interface Prompt {

    /** A yes/no question; empty when there is no terminal. */
    Optional<Boolean> confirm(String question);

    /** Nobody to ask: every question is unanswered. */
    static Prompt none() {
        return question -> Optional.empty();
    }

    /** Fixed answers, for tests and scripted runs: questions containing a key get its answer. */
    static Prompt answering(java.util.Map<String, Boolean> answers) {
        return question -> answers.entrySet().stream().filter(e -> question.contains(e.getKey()))
                .map(java.util.Map.Entry::getValue).findFirst();
    }

    /** Picks one of {@code options} by asking about each in turn. */
    default Optional<String> choose(String question, List<String> options) {
        for (String option : options) {
            Optional<Boolean> yes = confirm(question.replace("{}", option));
            if (yes.isEmpty()) {
                return Optional.empty();
            }
            if (yes.get()) {
                return Optional.of(option);
            }
        }
        return Optional.of("");
    }
}
