package io.zhijian.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start-up baseline: a Quarkus application with this project's Quarkus extensions (read from its pom) and no
 * business code — one Panache entity, one Flyway migration, one resource — on the same embedded H2 file database,
 * generated into a temporary folder and packaged with this project's Maven wrapper.
 */
final class BareApp {

    private static final Pattern QUARKUS_EXTENSION = Pattern.compile(
            "<groupId>io\\.quarkus</groupId>\\s*<artifactId>(quarkus-[\\w-]+)</artifactId>");
    private static final Pattern QUARKUS_VERSION = Pattern.compile("<quarkus\\.platform\\.version>([^<]+)<");

    private BareApp() {
    }

    /** Generates and packages the baseline; returns its {@code quarkus-run.jar}. */
    static Path build(Path projectPom, boolean appcds) throws Exception {
        String pom = Files.readString(projectPom);
        Matcher version = QUARKUS_VERSION.matcher(pom);
        if (!version.find()) {
            throw new IllegalStateException("no quarkus.platform.version in " + projectPom);
        }
        List<String> extensions = new ArrayList<>();
        for (Matcher m = QUARKUS_EXTENSION.matcher(pom); m.find(); ) {
            if (!m.group(1).equals("quarkus-junit") && !m.group(1).equals("quarkus-maven-plugin")) {
                extensions.add(m.group(1));
            }
        }
        Path dir = Files.createTempDirectory("zhijian-bare-app");
        StringBuilder deps = new StringBuilder();
        extensions.forEach(e -> deps.append("<dependency><groupId>io.quarkus</groupId><artifactId>").append(e)
                .append("</artifactId></dependency>\n"));
        deps.append("<dependency><groupId>org.flywaydb</groupId><artifactId>flyway-database-postgresql</artifactId></dependency>\n");
        write(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId><artifactId>bare</artifactId><version>1</version>
                  <properties><maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
                  <dependencyManagement><dependencies><dependency><groupId>io.quarkus</groupId>
                    <artifactId>quarkus-bom</artifactId><version>%s</version><type>pom</type><scope>import</scope>
                  </dependency></dependencies></dependencyManagement>
                  <dependencies>%s</dependencies>
                  <build><plugins><plugin><groupId>io.quarkus</groupId><artifactId>quarkus-maven-plugin</artifactId>
                    <version>%s</version><extensions>true</extensions>
                    <executions><execution><goals><goal>build</goal></goals></execution></executions>
                  </plugin></plugins></build>
                </project>
                """.formatted(version.group(1), deps, version.group(1)));
        write(dir.resolve("src/main/java/bench/Item.java"), """
                package bench;
                @jakarta.persistence.Entity
                public class Item extends io.quarkus.hibernate.orm.panache.PanacheEntity {
                    public String name;
                }
                """);
        write(dir.resolve("src/main/java/bench/Hello.java"), """
                package bench;
                @jakarta.ws.rs.Path("/hello")
                public class Hello {
                    @jakarta.ws.rs.GET
                    @jakarta.annotation.security.PermitAll
                    public String hello() {
                        return "hello";
                    }
                }
                """);
        write(dir.resolve("src/main/resources/db/migration/V1__item.sql"),
                "create table item (id bigint primary key, name varchar(100));\ncreate sequence item_seq increment by 50;\n");
        write(dir.resolve("src/main/resources/application.properties"), """
                zhijian.data-dir=./data
                quarkus.datasource.db-kind=h2
                quarkus.datasource.jdbc.url=jdbc:h2:file:${zhijian.data-dir}/db/bare;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0
                quarkus.hibernate-orm.schema-management.strategy=none
                quarkus.flyway.migrate-at-start=true
                """);
        Path wrapper = Path.of("mvnw").toAbsolutePath();
        Process build = new ProcessBuilder(wrapper.toString(), "-B", "-q", "--no-transfer-progress", "package",
                "-DskipTests", "-Dquarkus.package.jar.appcds.enabled=" + appcds, "-f", dir.resolve("pom.xml").toString())
                .inheritIO().start();
        if (build.waitFor() != 0) {
            throw new IllegalStateException("the baseline application did not build in " + dir);
        }
        return dir.resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
