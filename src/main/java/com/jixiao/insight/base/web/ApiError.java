package com.jixiao.insight.base.web;

/**
 * The body of every error the HTTP API answers ({@code /api/**}, and 401/403 on {@code /export/**}):
 * the status, its reason phrase, a message for the person who wrote the script, and the path. Never a
 * stack trace or an exception's class.
 */
public record ApiError(int status, String error, String message, String path) {}
