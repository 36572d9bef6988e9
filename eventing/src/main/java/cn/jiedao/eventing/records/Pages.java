package cn.jiedao.eventing.records;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a Panache query as {@code {items, page, size, total}}, the answer of every list. */
public final class Pages {

    private Pages() {
    }

    public static <E, V> PageResponse<V> of(PanacheQuery<E> query, PageParams paging, Function<? super E, V> view) {
        return of(query, paging.page, paging.size, view);
    }

    public static <E, V> PageResponse<V> of(PanacheQuery<E> query, int page, int size, Function<? super E, V> view) {
        if ((long) page * size > Integer.MAX_VALUE) {
            // The first row of the page would overflow the query's offset: no list is that long.
            throw ProblemException.badRequest("page", "is past the last page there can be (page × size must stay below "
                    + Integer.MAX_VALUE + ")");
        }
        List<E> items = query.page(Page.of(page, size)).list();
        return new PageResponse<>(items.stream().<V>map(view).toList(), page, size, query.count());
    }

    /** The page's entities, for a view that needs rows loaded beside them (parties, linked records). */
    public static <E> PageResponse<E> of(PanacheQuery<E> query, PageParams paging) {
        return of(query, paging, Function.identity());
    }
}
