package dev.ashlar.sqlite;

import dev.ashlar.tck.TckTarget;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Runs the whole TCK against SQLite. */
@Suite
@SelectPackages("dev.ashlar.tck")
@ConfigurationParameter(key = TckTarget.TARGET_PARAMETER, value = "dev.ashlar.sqlite.SqliteTckTarget")
class SqliteTckTest {
}
