package com.example.users;

/** A user, as POST /users takes it and GET /users/{username} answers it: both fields are required. */
public record User(String username, String email) {}
