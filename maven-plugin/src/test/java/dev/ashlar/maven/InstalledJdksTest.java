package dev.ashlar.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledJdksTest {
    @TempDir
    Path home;

    @Test
    void readsTheFeatureVersionOfAJdkFromItsReleaseFile() throws IOException {
        assertThat(featureOf("JAVA_VERSION=\"21.0.4\"")).isEqualTo(21);
        assertThat(featureOf("IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25\"")).isEqualTo(25);
        assertThat(featureOf("JAVA_VERSION=\"1.8.0_402\"")).isEqualTo(8);
        assertThat(featureOf("JAVA_VERSION=\"\"")).isZero();
    }

    @Test
    void aFolderWithoutReleaseFileIsNoJdk() {
        assertThat(InstalledJdks.feature(home)).isZero();
    }

    @Test
    void findsOnlyJdksOfAtLeastTheVersionAsked() {
        assertThat(InstalledJdks.find(Integer.MAX_VALUE)).isEmpty();
    }

    private int featureOf(String release) throws IOException {
        Files.writeString(home.resolve("release"), release);
        return InstalledJdks.feature(home);
    }
}
