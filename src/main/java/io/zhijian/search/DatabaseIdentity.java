package io.zhijian.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** This database's identity, created on first use. */
@ApplicationScoped
public class DatabaseIdentity {

    @Transactional
    public String id() {
        SearchState state = SearchState.findById(1);
        if (state == null) {
            state = new SearchState();
            state.id = 1;
            state.databaseId = UUID.randomUUID().toString();
            state.persist();
        }
        return state.databaseId;
    }
}
