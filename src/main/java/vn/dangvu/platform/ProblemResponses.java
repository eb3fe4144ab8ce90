package vn.dangvu.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every refusal of the API (4xx, 5xx) answers an RFC 9457 problem ({@link ApiExceptionHandler}); this
 * says so once in the OpenAPI document, so an endpoint's {@code @ApiResponse} only tells what the
 * refusal means there. Left alone, springdoc would describe a refusal with the endpoint's own
 * return type, which is wrong.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        ModelConverters.getInstance().read(org.springframework.http.ProblemDetail.class)
                .forEach((name, schema) -> {
                    if (openApi.getComponents().getSchemas() == null
                            || !openApi.getComponents().getSchemas().containsKey(name)) {
                        openApi.getComponents().addSchemas(name, schema);
                    }
                });
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().forEach((code, response) -> {
                if (isRefusal(code)) {
                    response.setContent(problem());
                }
            });
        }));
    }

    static boolean isRefusal(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static Content problem() {
        Schema<?> schema = new Schema<>().$ref("#/components/schemas/ProblemDetail");
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema));
    }
}
