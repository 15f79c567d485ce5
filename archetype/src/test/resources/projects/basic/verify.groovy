// The generated project, built with goal.txt: its own test ran, and the zip, templates and document are where
// the docs say, with the dev stage of its stage config applied.
def project = new File(basedir, 'project/greetings')
assert new File(project, 'src/main/java/org/acme/greetings/UsersApi.java').text.startsWith('package org.acme.greetings;')
assert new File(project, '.chalice/config.json').isFile()
assert new File(project, 'README.md').text.contains('mvn goblet:local')
assert new File(project, 'target/lambda.zip').isFile()
assert new File(project, 'target/goblet/openapi.json').isFile()
def dev = new File(project, 'target/goblet/sam-dev.yaml').text
assert dev.contains('org.acme.greetings.WebApiHandler')
assert dev.contains('MemorySize: 512')
def log = new File(project, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
