<!DOCTYPE html><html><head><title>Post a reply - ScalpTalk Forums</title></head><body><h1>Login required</h1></body></html>
