<!DOCTYPE html><html><head><title>Login - ScalpTalk Forums</title></head><body><h1>Login</h1></body></html>
