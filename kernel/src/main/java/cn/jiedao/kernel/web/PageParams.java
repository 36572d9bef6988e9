package cn.jiedao.kernel.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?page=0&size=20} of every list, taken as {@code @Valid @BeanParam PageParams paging}: pages count
 * from 0, a page holds 1 to 200 items. A bad value is a 400 problem naming {@code page} or {@code size}.
 */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Page number, from 0", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(200)
    @Parameter(description = "Items per page, 1 to 200", example = "20")
    public int size;
}
