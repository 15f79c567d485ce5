package dev.goblet.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code goblet:package}: writes the module's Lambda zip where the generated templates' {@code CodeUri} points by
 * default ({@code target/lambda.zip}): its classes at the root, its runtime dependency jars under {@code lib/}.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public final class PackageMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The zip to write; a template's CodeUri names the same file unless -Agoblet.codeUri says otherwise. */
    @Parameter(property = "goblet.zip", defaultValue = "${project.build.directory}/lambda.zip", required = true)
    private File zip;

    /** The folder whose content goes to the zip's root. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    private File classesDirectory;

    /**
     * The time every entry carries, as Maven's reproducible builds name it: an ISO-8601 date-time or seconds since
     * the epoch. Without it, entries carry 1980-01-01T00:00:02Z.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** Skips the goal, as -Dgoblet.skip does. */
    @Parameter(property = "goblet.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the Lambda zip: goblet.skip is set");
            return;
        }
        StaleTemplates.check(project.getBasedir().toPath(), Path.of(project.getBuild().getDirectory()));
        Instant time = entryTime(outputTimestamp);
        try {
            new LambdaZip(classesDirectory.toPath(), runtimeJars(), time).writeTo(zip.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the Lambda zip " + zip + ": " + e.getMessage(), e);
        }
        getLog().info("Lambda zip: " + zip);
    }

    /** The jars of the compile- and runtime-scope dependencies: what the function loads; never test or provided. */
    private List<Path> runtimeJars() {
        List<Path> jars = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            boolean runtime = Artifact.SCOPE_COMPILE.equals(artifact.getScope())
                    || Artifact.SCOPE_RUNTIME.equals(artifact.getScope());
            if (runtime && artifact.getArtifactHandler().isAddedToClasspath() && artifact.getFile() != null) {
                jars.add(artifact.getFile().toPath());
            }
        }
        return jars;
    }

    /**
     * Reads project.build.outputTimestamp the way Maven's archivers do: a value shorter than two characters is unset.
     * A time before 1980 is written as 1980-01-01T00:00:02Z, the earliest a zip's DOS time holds.
     */
    static Instant entryTime(String outputTimestamp) throws MojoExecutionException {
        if (outputTimestamp == null || outputTimestamp.strip().length() < 2) {
            return LambdaZip.DEFAULT_TIME;
        }
        Instant time;
        try {
            time = outputTimestamp.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochSecond(Long.parseLong(outputTimestamp))
                    : OffsetDateTime.parse(outputTimestamp).toInstant();
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new MojoExecutionException("project.build.outputTimestamp is " + outputTimestamp
                    + ": give an ISO-8601 date-time such as 2026-01-01T00:00:00Z, or seconds since 1970");
        }
        return time.isBefore(LambdaZip.DEFAULT_TIME) ? LambdaZip.DEFAULT_TIME : time;
    }
}
