package test;

import dev.goblet.App;
import dev.goblet.Blueprint;
import dev.goblet.RegisterBlueprint;
import dev.goblet.websocket.OnWsMessage;
import dev.goblet.websocket.WebSocketEvent;

@App(name = "websocket-blueprint")
@RegisterBlueprint(value = WebSocketBlueprint.Chat.class, namePrefix = "chat_")
public class WebSocketBlueprint {
    @dev.goblet.Route(path = "/")
    public String index() { return "ok"; }

    @Blueprint
    public static class Chat {
        @OnWsMessage
        public void message(WebSocketEvent event) {}
    }
}
