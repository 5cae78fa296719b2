<!DOCTYPE html><html><head><title>FAQ - ScalpTalk Forums</title></head><body><h1>Frequently Asked Questions</h1></body></html>
