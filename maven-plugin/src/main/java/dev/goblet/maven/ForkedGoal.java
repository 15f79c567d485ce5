package dev.goblet.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * A goal that runs a tool of goblet-local in a JVM of its own, on the module's classes and runtime dependencies
 * followed by goblet-local's: the app reads its environment with {@code System.getenv}, as in Lambda, and Maven's
 * own class path stays out of it. The child is stopped with Maven: a shutdown hook ends it when Maven is told to stop
 * (Ctrl-C, SIGTERM), and the child ends itself when Maven is killed outright, so that no JVM is left serving.
 */
abstract class ForkedGoal extends AbstractMojo {
    /** goblet-local's variable naming the process whose end ends the tool. */
    static final String PARENT_PID = "GOBLET_PARENT_PID";

    /** SLF4J providers a module may bring; with one of them, the plugin's slf4j-nop stays out of the fork. */
    private static final Set<String> SLF4J_PROVIDERS = Set.of("ch.qos.logback:logback-classic",
            "org.slf4j:slf4j-simple", "org.slf4j:slf4j-nop", "org.slf4j:slf4j-jdk14", "org.slf4j:slf4j-reload4j",
            "org.apache.logging.log4j:log4j-slf4j2-impl", "org.apache.logging.log4j:log4j-slf4j-impl");

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    File classesDirectory;

    /** The stage whose environment variables the app gets, from {@code .chalice/config.json}. */
    @Parameter(property = "goblet.stage")
    String stage;

    /** Environment variables for the app, over the stage's: {@code <environmentVariables><NAME>value</NAME>...}. */
    @Parameter
    Map<String, String> environmentVariables = new LinkedHashMap<>();

    /** The same from the command line: {@code -Dgoblet.env=NAME=value,OTHER=value}. */
    @Parameter(property = "goblet.env")
    String env;

    /** The app's functions, as the processor listed them; a goal fails, saying why, when there are none. */
    FunctionIndex functions() throws MojoExecutionException, MojoFailureException {
        try {
            FunctionIndex index = FunctionIndex.read(classesDirectory.toPath());
            if (index.all().isEmpty()) {
                throw new MojoFailureException("No Goblet app in " + classesDirectory + ": the module needs an @App"
                        + " class and goblet-processor on its annotation processor path (see docs/quickstart.md)");
            }
            return index;
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the app's function index: " + e.getMessage(), e);
        }
    }

    /** The {@code --stage} and {@code --env} arguments both tools take. */
    List<String> appArguments() throws MojoFailureException {
        List<String> arguments = new ArrayList<>();
        if (stage != null && !stage.isBlank()) {
            arguments.addAll(List.of("--stage", stage));
        }
        Map<String, String> variables = new LinkedHashMap<>(environmentVariables);
        if (env != null && !env.isBlank()) {
            for (String pair : env.split(",")) {
                int equals = pair.indexOf('=');
                if (equals < 1) {
                    throw new MojoFailureException("goblet.env takes NAME=value pairs separated by commas, not '"
                            + pair + "'");
                }
                variables.put(pair.substring(0, equals).strip(), pair.substring(equals + 1));
            }
        }
        variables.forEach((name, value) -> arguments.addAll(List.of("--env", name + "=" + value)));
        return arguments;
    }

    /** Runs {@code mainClass} with {@code arguments} and waits for it; returns its exit code. */
    int fork(String mainClass, List<String> arguments) throws MojoExecutionException {
        return fork(mainClass, List.of(), arguments);
    }

    /** The same, with {@code jvmArguments} (such as {@code -Dname=value}) before the class path. */
    int fork(String mainClass, List<String> jvmArguments, List<String> arguments) throws MojoExecutionException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArguments);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath()));
        command.add(mainClass);
        command.addAll(arguments);
        getLog().debug("Running " + command);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO().directory(project.getBasedir());
        builder.environment().put(PARENT_PID, Long.toString(ProcessHandle.current().pid()));
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        Thread stopChild = new Thread(() -> stop(child), "goblet-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(child);
            throw new MojoExecutionException("Interrupted while " + mainClass + " ran");
        } finally {
            removeHook(stopChild);
        }
    }

    /** The module's runtime class path, then goblet-local and what it needs that the module lacks. */
    private List<String> classPath() throws MojoExecutionException {
        Set<String> elements = new LinkedHashSet<>();
        Set<String> modules = new LinkedHashSet<>();
        try {
            elements.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The module's dependencies are not resolved: " + e.getMessage(), e);
        }
        project.getArtifacts().forEach(artifact -> modules.add(key(artifact)));
        boolean ownLogging = modules.stream().anyMatch(SLF4J_PROVIDERS::contains);
        for (Artifact artifact : plugin.getArtifacts()) {
            boolean quietLogging = key(artifact).equals("org.slf4j:slf4j-nop");
            if (!modules.contains(key(artifact)) && artifact.getFile() != null && !(quietLogging && ownLogging)) {
                elements.add(artifact.getFile().getAbsolutePath());
            }
        }
        return new ArrayList<>(elements);
    }

    private static String key(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId();
    }

    private static void stop(Process child) {
        child.destroy();
        try {
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Maven is stopping: the hook runs and ends the child, which is what is wanted.
        }
    }
}
