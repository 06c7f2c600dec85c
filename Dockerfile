# The application's image, built from this repository: docker compose build (or docker build -t thidua .)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN ./mvnw -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
# The application runs as an unprivileged user, not root. It owns /app/data only (the demo's H2 database,
# with SPRING_PROFILES_ACTIVE=demo); the jar is read-only to it. The default profile, prod, needs
# THIDUA_ADMIN_PASSWORD and SPRING_DATASOURCE_URL (see docker-compose.yml).
RUN groupadd --system --gid 10001 thidua \
    && useradd --system --uid 10001 --gid thidua --home-dir /app --no-create-home --shell /usr/sbin/nologin thidua \
    && mkdir -p /app/data \
    && chown thidua:thidua /app/data
WORKDIR /app
COPY --from=build /src/target/thidua.jar /app/thidua.jar
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/thidua.jar"]
