package vn.dangvu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DangvuApplication {

    public static void main(String[] args) {
        SpringApplication.run(DangvuApplication.class, args);
    }
}
