// The failing goal fails the build with Ashlar's message, and its password appears nowhere in the output.
def log = new File(basedir, 'build.log').text
if (!(log =~ /Failed to execute goal dev\.ashlar:ashlar-maven-plugin:[^:]+:migrate .* on project items-failure: .*127\.0\.0\.1/).find()) {
    throw new AssertionError("the migrate goal failed with the command's error message naming the server")
}
if (log.contains('s3cret-pw-41')) {
    throw new AssertionError("the password appears in the build output")
}
return true
