package dev.ashlar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsolePromptTest {

    @Test
    void readsYesAndNoAndAsksAgainOnAnythingElse() {
        List<String> asked = new ArrayList<>();
        Deque<String> answers = new ArrayDeque<>(List.of("maybe", " YES ", "n"));
        ConsolePrompt prompt = new ConsolePrompt(q -> {
            asked.add(q);
            return answers.poll();
        });

        assertThat(prompt.confirm("Is table a renamed to b?")).contains(true);
        assertThat(prompt.confirm("Drop column c?")).contains(false);
        assertThat(asked).containsExactly("Is table a renamed to b? [y/n] ",
                "Please answer y or n. Is table a renamed to b? [y/n] ", "Drop column c? [y/n] ");
    }

    @Test
    void endOfInputIsNoAnswer() {
        ConsolePrompt prompt = new ConsolePrompt(q -> null);

        assertThat(prompt.confirm("Drop column c?")).isEqualTo(Optional.empty());
        assertThat(prompt.choose("Is table a renamed to {}?", List.of("b", "c"))).isEmpty();
    }

    @Test
    void withoutATerminalNothingIsAsked() {
        // Tests run without a terminal (surefire forks with redirected streams).
        assertThat(ConsolePrompt.forTerminal().confirm("anything?")).isEmpty();
    }
}
