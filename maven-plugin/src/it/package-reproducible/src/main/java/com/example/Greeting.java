package com.example;

public final class Greeting {
    public String hello() {
        return "hello";
    }
}
