package dev.goblet.processor.writing;

import dev.goblet.processor.model.AppModel;

/**
 * Where each app's documents go in the output folder. A module's only app writes to the folder itself
 * ({@code target/goblet/sam.yaml}), the layout the docs and scripts use; when a module holds more apps, each writes
 * to a folder named after it ({@code target/goblet/<app-name>/sam.yaml}), so that none overwrites another's.
 *
 * @param folderPerApp whether each app has a folder of its own
 */
public record OutputLayout(boolean folderPerApp) {
    /** The layout for a module of {@code apps} apps. */
    public static OutputLayout forApps(int apps) {
        return new OutputLayout(apps > 1);
    }

    /** The app's folder, relative to the output folder: empty, or {@code <app-name>/}. */
    public String folder(AppModel app) {
        return folderPerApp ? app.name() + "/" : "";
    }
}
