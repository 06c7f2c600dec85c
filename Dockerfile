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
WORKDIR /app
COPY --from=build /src/target/thidua.jar /app/thidua.jar
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/thidua.jar"]
