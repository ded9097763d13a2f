# Builds and runs Sinergi. Used by docker-compose.yml; needs no local Java or Maven.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app sinergi
WORKDIR /app
COPY --from=build /src/target/sinergi-*.jar /app/sinergi.jar
USER sinergi
EXPOSE 8080
# An OutOfMemoryError ends the JVM (a half-dead process answers nothing); "restart:
# unless-stopped" in docker-compose.yml starts it again.
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:MaxRAMPercentage=75", "-jar", "/app/sinergi.jar"]
