package com.jixiao.insight.projects;

/** Where the analysts' screens live, for links from other features (which may not name these views). */
public final class ProjectRoutes {

    /** The projects explorer. */
    public static final String LIST = "projects";

    /** One evaluation's detail, by id. */
    public static final String DETAIL = "projects/:id";

    private ProjectRoutes() {}

    public static String detail(long evaluationId) {
        return "projects/" + evaluationId;
    }
}
