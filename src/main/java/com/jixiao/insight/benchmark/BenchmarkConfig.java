package com.jixiao.insight.benchmark;

import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Only when benchmarking: jOOQ reports the SQL it runs to {@link SqlCapture}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jixiao.bench.capture", havingValue = "true")
class BenchmarkConfig {

    @Bean
    DefaultExecuteListenerProvider sqlCapture() {
        return new DefaultExecuteListenerProvider(new SqlCapture());
    }
}
