# One image for every newsstream service: build with `mvn -DskipTests package` first, then
# `docker build -t newsstream .` (the jar and its lib/ come from app/target).
FROM eclipse-temurin:17-jre
WORKDIR /opt/newsstream
COPY app/target/lib/ lib/
COPY app/target/newsstream.jar newsstream.jar
ENV JAVA_TOOL_OPTIONS="-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsstream.schemas.avro -XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/opt/newsstream/newsstream.jar"]
