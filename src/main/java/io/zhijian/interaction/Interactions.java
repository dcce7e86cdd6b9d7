package io.zhijian.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calls, tickets and chats seen alike, as things to evaluate: which one, whose, when. Other features refer
 * to an interaction by type and id and ask here, never reading the call or ticket tables themselves.
 */
@ApplicationScoped
public class Interactions {

    public enum Type { CALL, TICKET, CHAT }

    /** {@code label}: a call's or chat's external id or a ticket's number; {@code durationSeconds} not for tickets. */
    public record Ref(Type type, long id, String agent, String label, Instant at, Double durationSeconds) {
    }

    /** Just enough to sample an interaction: whose, which. */
    public record Key(String agent, Type type, long id) {
    }

    /** What a sampling plan draws from. Empty lists mean "any"; null bounds mean "no bound". */
    public record Scope(Instant from, Instant to, Collection<Type> types, Collection<String> agents,
                        Collection<String> ticketTypes, Double minDurationSeconds, Double maxDurationSeconds) {
    }

    /**
     * Finds an interaction as a user names it: a call or chat by id (or external id), a ticket by its number
     * (or id).
     */
    @Transactional
    public Optional<Ref> find(Type type, String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        String key = idOrName.trim();
        Long number = parseId(key);
        if (type == Type.CALL) {
            Optional<Call> call = number == null ? Optional.empty() : Call.byId(number);
            return call.or(() -> Call.findByExternalId(key)).map(Interactions::ref);
        }
        if (type == Type.CHAT) {
            Optional<Chat> chat = number == null ? Optional.empty() : Chat.byId(number);
            return chat.or(() -> Chat.findByExternalId(key)).map(Interactions::ref);
        }
        Optional<Ticket> ticket = Ticket.findByNo(key);
        if (ticket.isEmpty() && number != null) {
            ticket = Ticket.<Ticket>findByIdOptional(number);
        }
        return ticket.map(Interactions::ref);
    }

    @Transactional
    public Optional<Ref> get(Type type, long id) {
        return switch (type) {
            case CALL -> Call.byId(id).map(Interactions::ref);
            case TICKET -> Ticket.<Ticket>findByIdOptional(id).map(Interactions::ref);
            case CHAT -> Chat.byId(id).map(Interactions::ref);
        };
    }

    /** Several interactions of one type by id: only the columns of a {@link Ref}, a thousand ids a query. */
    @Transactional
    public Map<Long, Ref> get(Type type, Collection<Long> ids) {
        Map<Long, Ref> refs = new HashMap<>();
        String select = switch (type) {
            case CALL -> "select c.id, c.agent, c.externalId, c.startedAt, c.durationSeconds from Call c where c.id in ?1";
            case TICKET -> "select t.id, t.agent, t.ticketNo, t.createdAt from Ticket t where t.id in ?1";
            case CHAT -> "select c.id, c.agent, c.externalId, c.startedAt, c.durationSeconds from Chat c where c.id in ?1";
        };
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int i = 0; i < all.size(); i += 1000) {
            Call.getEntityManager().createQuery(select, Object[].class)
                    .setParameter(1, all.subList(i, Math.min(all.size(), i + 1000))).getResultList()
                    .forEach(r -> refs.put((Long) r[0], new Ref(type, (Long) r[0], (String) r[1], (String) r[2],
                            (Instant) r[3], r.length > 4 ? (Double) r[4] : null)));
        }
        return refs;
    }

    /**
     * Every interaction in scope (calls and chats by start, tickets by creation), ordered by type and id. Only ids
     * and agents are read: a month can hold a million tickets.
     */
    @Transactional
    public List<Key> inScope(Scope scope) {
        List<Key> keys = new ArrayList<>();
        boolean anyType = scope.types() == null || scope.types().isEmpty();
        boolean anyAgent = scope.agents() == null;
        if (!anyAgent && scope.agents().isEmpty()) {
            return keys;
        }
        if (anyType || scope.types().contains(Type.CALL)) {
            StringBuilder where = new StringBuilder("c.startedAt >= :from and c.startedAt < :to");
            Map<String, Object> params = new HashMap<>(Map.of("from", scope.from(), "to", scope.to()));
            if (!anyAgent) {
                where.append(" and c.agent in :agents");
                params.put("agents", scope.agents());
            }
            if (scope.minDurationSeconds() != null) {
                where.append(" and c.durationSeconds >= :min");
                params.put("min", scope.minDurationSeconds());
            }
            if (scope.maxDurationSeconds() != null) {
                where.append(" and c.durationSeconds <= :max");
                params.put("max", scope.maxDurationSeconds());
            }
            select("select c.id, c.agent from Call c where " + where + " order by c.id", params, Type.CALL, keys);
        }
        if (anyType || scope.types().contains(Type.TICKET)) {
            StringBuilder where = new StringBuilder("t.createdAt >= :from and t.createdAt < :to and t.agent is not null");
            Map<String, Object> params = new HashMap<>(Map.of("from", scope.from(), "to", scope.to()));
            if (!anyAgent) {
                where.append(" and t.agent in :agents");
                params.put("agents", scope.agents());
            }
            if (scope.ticketTypes() != null && !scope.ticketTypes().isEmpty()) {
                where.append(" and t.type in :types");
                params.put("types", scope.ticketTypes());
            }
            select("select t.id, t.agent from Ticket t where " + where + " order by t.id", params, Type.TICKET, keys);
        }
        if (anyType || scope.types().contains(Type.CHAT)) {
            StringBuilder where = new StringBuilder("c.startedAt >= :from and c.startedAt < :to");
            Map<String, Object> params = new HashMap<>(Map.of("from", scope.from(), "to", scope.to()));
            if (!anyAgent) {
                where.append(" and c.agent in :agents");
                params.put("agents", scope.agents());
            }
            select("select c.id, c.agent from Chat c where " + where + " order by c.id", params, Type.CHAT, keys);
        }
        return keys;
    }

    private static void select(String hql, Map<String, Object> params, Type type, List<Key> into) {
        var query = Call.getEntityManager().createQuery(hql, Object[].class);
        params.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            into.add(new Key((String) row[1], type, (Long) row[0]));
        }
    }

    private static Ref ref(Call c) {
        return new Ref(Type.CALL, c.id, c.agent, c.externalId, c.startedAt, c.durationSeconds);
    }

    private static Ref ref(Chat c) {
        return new Ref(Type.CHAT, c.id, c.agent, c.externalId, c.startedAt, c.durationSeconds);
    }

    /** A chat's messages as seconds from its start, in order (a comment is pinned to one of them); empty if none. */
    @Transactional
    public List<Double> messageOffsets(long chatId) {
        return Chat.byId(chatId).map(c -> ChatService.views(c.startedAt, ChatService.read(c.messagesJson), t -> t).stream()
                .map(ChatService.MessageView::offsetSeconds).toList()).orElse(List.of());
    }

    private static Ref ref(Ticket t) {
        return new Ref(Type.TICKET, t.id, t.agent, t.ticketNo, t.createdAt, null);
    }

    private static Long parseId(String text) {
        if (text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(text);
    }
}
