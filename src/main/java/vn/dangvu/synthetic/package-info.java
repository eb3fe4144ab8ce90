/**
 * Synthetic data for benchmarks and demonstrations: a national organization tree shaped like the
 * real one (34 provinces and 6 central blocs today, about 52,000 grassroots organizations and
 * 270,000 branches) with decades of dated history, including the 2025 reorganizations, so that
 * questions "as of a past date" have something to answer. It writes the organizations module's
 * tables in bulk and asks that module to derive the closure; it is started only on request
 * ({@code dangvu.synthetic.generate}) and never touches a database that already holds units unless
 * told to replace them. Everything it makes up is deterministic for a given seed and scale.
 */
@ApplicationModule(displayName = "Synthetic data", allowedDependencies = {"organizations", "members", "platform"})
package vn.dangvu.synthetic;

import org.springframework.modulith.ApplicationModule;
