package io.zhijian.evaluation;

import jakarta.ws.rs.core.Response;

import java.net.URI;

/** API answers shared by the evaluation resources. */
final class Responses {

    private Responses() {
    }

    /** 201 with its location for a new evaluation, 200 (and the location) for one that already existed. */
    static Response started(EvaluationService.Started started) {
        URI location = URI.create("/api/evaluations/" + started.evaluation().id());
        return (started.created() ? Response.created(location) : Response.ok().location(location))
                .entity(started.evaluation()).build();
    }
}
