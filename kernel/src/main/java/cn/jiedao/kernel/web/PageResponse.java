package cn.jiedao.kernel.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code ?page=0&size=20} answers {items, page, size, total}. */
@Schema(name = "Page")
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
