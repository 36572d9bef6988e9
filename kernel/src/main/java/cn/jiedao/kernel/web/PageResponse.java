package cn.jiedao.kernel.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: {@code ?page=0&size=20} answers {items, page, size, total}. The OpenAPI document names
 * each kind of page for its items ({@code PageResponseDispute}), so a generated client types them.
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
