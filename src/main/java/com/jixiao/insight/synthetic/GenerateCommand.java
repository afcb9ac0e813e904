package com.jixiao.insight.synthetic;

import com.jixiao.insight.base.cli.Command;
import java.nio.file.Path;
import java.util.List;

/** {@code generate --scale small|province [--seed N] --out FILE}: a separate store of synthetic reports. */
public final class GenerateCommand implements Command {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "  generate --scale small|province [--seed N] --out FILE   a separate store of synthetic data";
    }

    @Override
    public int run(Class<?> app, List<String> a) {
        int scale = a.indexOf("--scale");
        int out = a.indexOf("--out");
        int seed = a.indexOf("--seed");
        try {
            if (scale < 0
                    || out < 0
                    || scale + 1 >= a.size()
                    || out + 1 >= a.size()
                    || (seed >= 0 && seed + 1 >= a.size())) {
                throw new IllegalArgumentException("use generate --scale small|province [--seed N] --out FILE");
            }
            var result = SyntheticStore.generate(
                    Path.of(a.get(out + 1)),
                    Scale.fromCode(a.get(scale + 1)),
                    seed < 0 ? 20261122L : Long.parseLong(a.get(seed + 1)));
            System.out.printf(
                    "Synthetic store %s: %d units, %d evaluations, %d indicators in %.1f s%n",
                    result.store(),
                    result.units(),
                    result.evaluations(),
                    result.indicators(),
                    result.millis() / 1000.0);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            return 2;
        }
    }
}
