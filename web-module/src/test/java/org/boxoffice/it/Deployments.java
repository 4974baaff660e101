package org.boxoffice.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.boxoffice.it.fixtures.Fixtures;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The Arquillian deployment of in-container tests: the application's real WAR, as the build made
 * it, plus the whole test packages of the test class and the checks it runs (their helper beans
 * included), the shared
 * in-container {@link Fixtures}, and AssertJ.
 * Only classes compiled from the test sources are added; the main classes are in the WAR already.
 */
public final class Deployments {

    private Deployments() {}

    /** The WAR with the test packages of these classes (the test class's and its checks'). */
    public static WebArchive applicationWithTestsOf(Class<?> testClass, Class<?>... more) {
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "boxoffice.war")
                .importFrom(ItSettings.runtime().resolve("boxoffice.war").toFile())
                .as(WebArchive.class);
        Path testClasses = locationOf(testClass);
        Set<String> packages = new LinkedHashSet<>();
        packages.add(testClass.getPackageName());
        for (Class<?> other : more) {
            packages.add(other.getPackageName());
        }
        packages.add(Fixtures.class.getPackageName());
        for (String packageName : packages) {
            addTestPackage(archive, testClasses, packageName);
        }
        archive.addAsLibrary(locationOf(Assertions.class).toFile());
        return archive;
    }

    private static void addTestPackage(WebArchive archive, Path testClasses, String packageName) {
        Path packageDirectory = testClasses.resolve(packageName.replace('.', '/'));
        try (Stream<Path> files = Files.list(packageDirectory)) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                String name = testClasses.relativize(file).toString().replace(File.separatorChar, '/');
                archive.addAsWebInfResource(file.toFile(), "classes/" + name);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
