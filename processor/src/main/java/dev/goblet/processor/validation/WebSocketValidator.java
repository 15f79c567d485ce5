package dev.goblet.processor.validation;

import dev.goblet.websocket.OnWsConnect;
import dev.goblet.websocket.OnWsDisconnect;
import dev.goblet.websocket.OnWsMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * The rules between an app's WebSocket handlers, which make one API: one connect and one disconnect handler, one
 * message handler per route key, and one route selection expression. Each handler is admitted in the app's order;
 * one that breaks a rule is reported on its annotation and left out.
 */
public final class WebSocketValidator {
    private final ValidationReport report;
    private ExecutableElement connect;
    private ExecutableElement disconnect;
    private final Map<String, ExecutableElement> routes = new LinkedHashMap<>();
    private ExecutableElement firstMessage;

    public WebSocketValidator(ValidationReport report) {
        this.report = report;
    }

    /** Whether {@code method} may join the API; true for a method that is no WebSocket handler. */
    public boolean admit(ExecutableElement method) {
        if (method.getAnnotation(OnWsConnect.class) != null) {
            if (connect != null) {
                return refuse(method, OnWsConnect.class, ErrorMessages.twoWebSocketHandlers("OnWsConnect",
                        name(method), name(connect)), null);
            }
            connect = method;
        }
        if (method.getAnnotation(OnWsDisconnect.class) != null) {
            if (disconnect != null) {
                return refuse(method, OnWsDisconnect.class, ErrorMessages.twoWebSocketHandlers("OnWsDisconnect",
                        name(method), name(disconnect)), null);
            }
            disconnect = method;
        }
        OnWsMessage message = method.getAnnotation(OnWsMessage.class);
        if (message == null) {
            return true;
        }
        ExecutableElement other = routes.get(message.route());
        if (other != null) {
            return refuse(method, OnWsMessage.class, ErrorMessages.duplicateWebSocketRoute(message.route(),
                    name(method), name(other)), "route");
        }
        if (firstMessage != null) {
            String first = firstMessage.getAnnotation(OnWsMessage.class).routeSelection();
            if (!first.equals(message.routeSelection())) {
                return refuse(method, OnWsMessage.class, ErrorMessages.routeSelectionDiffers(name(method),
                        message.routeSelection(), name(firstMessage), first), "routeSelection");
            }
        } else {
            firstMessage = method;
        }
        routes.put(message.route(), method);
        return true;
    }

    private boolean refuse(ExecutableElement method, Class<?> annotation, String message, String member) {
        AnnotationMirror mirror = AnnotationMirrors.of(method, annotation);
        if (member == null) {
            report.error(message, method, mirror);
        } else {
            report.error(message, method, mirror, AnnotationMirrors.written(mirror, member));
        }
        return false;
    }

    private static String name(ExecutableElement method) {
        return method.getSimpleName().toString();
    }
}
