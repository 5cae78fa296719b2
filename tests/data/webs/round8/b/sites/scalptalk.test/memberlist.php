<!DOCTYPE html><html><head><title>Members - ScalpTalk Forums</title></head><body><h1>Memberlist</h1><p>The requested user profile is only visible to registered members.</p></body></html>
