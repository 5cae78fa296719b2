"""Sentences reviews are built from, each tagged with what it says.

Placeholders: {artist} (an artist's first name), {clinic} (the name reviewers use),
{city}. A fragment's tags are the ground truth for the review that uses it.
"""

from __future__ import annotations

from typing import NamedTuple


class Frag(NamedTuple):
    text: str
    pos: tuple[str, ...] = ()  # EASE_POSITIVE keys
    neg: tuple[str, ...] = ()  # EASE_NEGATIVE keys
    flags: tuple[str, ...] = ()  # FLAGS keys
    negated: tuple[str, ...] = ()  # flags or ease keys mentioned only to deny them


def _plain(*texts: str) -> tuple[Frag, ...]:
    return tuple(Frag(t) for t in texts)


GOOD_OPENERS = _plain(
    "I'd been putting this off for about three years, mostly out of nerves.",
    "After a lot of research I booked with {clinic} and I'm really glad I did.",
    "Third session done last week, so I finally feel I can write a proper review.",
    "My hair started going in my early twenties and I'd tried everything else first.",
    "I went to {clinic} to cover an old FUT strip scar from a transplant.",
    "Booked a consultation with {artist} fully expecting a sales pitch.",
    "Long review, but I read a lot of these before booking so here's mine.",
    "I was nervous walking in. It's your head, you can't exactly hide a bad job.",
    "Had my first two sessions with {artist} over the spring.",
    "My wife found {clinic} after listening to me moan about my crown for years.",
    "A friend had his done here and I honestly couldn't tell, so I booked in.",
    "Drove in from out of town because of the reviews, and it was worth the trip.",
)

CONSULT_OPENERS = _plain(
    "I had consultations at a few studios around {city} before deciding, and {clinic} was one "
    "of them.",
    "I've been shopping around for SMP for a while, so I've sat in a few of these chairs now.",
    "Another one for my list of SMP places; I like to meet a few artists before committing.",
    "As with the other studios I've written up, I went in for a consultation first.",
)

EASE_POSITIVE: dict[str, tuple[Frag, ...]] = {
    "answered-questions": (
        Frag(
            "{artist} answered all my questions, and I came with a list.", ("answered-questions",)
        ),
        Frag("Every question I had got a straight answer, no hesitation.", ("answered-questions",)),
        Frag(
            "I must have asked twenty questions and {artist} answered every one patiently.",
            ("answered-questions",),
        ),
        Frag(
            "Nothing was too small to ask about, and I got a real answer each time.",
            ("answered-questions",),
        ),
    ),
    "explained-process": (
        Frag(
            "{artist} explained the depth and pigment in a way that actually made sense.",
            ("explained-process",),
        ),
        Frag(
            "They walked me through how shallow the needle goes, which pigment they use and "
            "why, and what healing looks like week by week.",
            ("explained-process",),
        ),
        Frag(
            "I got a proper explanation of the whole process: how many sessions, how the dots "
            "are layered, what to expect while it heals.",
            ("explained-process",),
        ),
        Frag(
            "{artist} explained how the shade is matched to my stubble and skin, and tested it "
            "on a small patch first.",
            ("explained-process",),
        ),
    ),
    "put-at-ease": (
        Frag("I never felt rushed, not once.", ("put-at-ease",), negated=("rushed",)),
        Frag("{artist} put me at ease straight away.", ("put-at-ease",)),
        Frag("By the end of the consultation I felt completely at ease.", ("put-at-ease",)),
        Frag(
            "It was calm and relaxed, and I never felt rushed even when I asked for a break.",
            ("put-at-ease",),
            negated=("rushed",),
        ),
    ),
    "professional": (
        Frag("{artist} clearly knows the craft inside out.", ("professional",)),
        Frag("Very professional from the first phone call to the last session.", ("professional",)),
    ),
    "honest": (
        Frag(
            "No pressure to book, and {artist} was honest that I'd probably need a third session.",
            ("honest",),
        ),
        Frag(
            "{artist} was upfront that SMP isn't for everyone and told me to take a week to "
            "think it over.",
            ("honest",),
        ),
    ),
}

EASE_NEGATIVE: dict[str, tuple[Frag, ...]] = {
    "rushed": (
        Frag("The session itself felt a bit rushed.", neg=("rushed",)),
        Frag("It felt like a conveyor belt, in and out in under an hour.", neg=("rushed",)),
        Frag(
            "I felt rushed at the consultation; there was clearly someone else waiting.",
            neg=("rushed",),
        ),
    ),
    "pushy": (
        Frag("They were a bit pushy about paying a deposit on the day.", neg=("pushy",)),
        Frag("There was some upselling toward a premium package I didn't need.", neg=("pushy",)),
        Frag("Felt a little pushy about booking straight away.", neg=("pushy",)),
    ),
    "dismissive": (
        Frag("When I mentioned my worries they were brushed off.", neg=("dismissive",)),
        Frag("I raised a concern after the second session and got a shrug.", neg=("dismissive",)),
    ),
    "unanswered": (
        Frag("When I asked how deep they go, I didn't really get an answer.", neg=("unanswered",)),
        Frag("A couple of my questions about aftercare never got answered.", neg=("unanswered",)),
    ),
    "rude": (Frag("The front desk was rude when I called to reschedule.", neg=("rude",)),),
}

GOOD_RESULTS = _plain(
    "Healed, it looks like a fresh buzz cut. People at work just think I've started shaving my "
    "head.",
    "Six months on, the hairline looks soft and natural rather than drawn on.",
    "The density at the crown is spot on and blends with the hair I've still got.",
    "The transplant scar has basically disappeared under the dots.",
    "My barber didn't notice until I told him.",
    "It's been a year and it still looks sharp; the touch-up session evened everything out.",
    "I look like myself again, just with a shaved head by choice.",
    "The dots are tiny and varied, which is exactly what makes it look real up close.",
    "The healed result looks even better than the photos they showed me.",
    "The thin patch at the crown is hardly visible any more.",
)

NEGATED: dict[str, tuple[Frag, ...]] = {
    "discoloration": (
        Frag(
            "No blue tint at all after two years, which was my biggest worry.",
            negated=("discoloration",),
        ),
        Frag("Two summers in and there's not a hint of blue or green.", negated=("discoloration",)),
    ),
    "migration": (
        Frag(
            "None of the spreading I'd read about; the dots are still crisp.",
            negated=("migration",),
        ),
        Frag("No blurring and no dots bleeding together, even up close.", negated=("migration",)),
    ),
    "helmet": (
        Frag("It doesn't have that flat helmet look I was afraid of.", negated=("helmet",)),
    ),
    "too-dark": (Frag("It isn't too dark either; it matches my stubble.", negated=("too-dark",)),),
    "infection": (
        Frag(
            "Not a hint of infection; fresh needles were opened in front of me every session.",
            negated=("infection",),
        ),
    ),
    "patchy-fading": (
        Frag(
            "It has faded a touch, evenly, and nothing patchy at all.", negated=("patchy-fading",)
        ),
    ),
    "hairline": (
        Frag(
            "The hairline isn't too low or too straight, which is what I'd worried about.",
            negated=("hairline",),
        ),
    ),
}

GOOD_CLOSERS = _plain(
    "Can't recommend {clinic} enough.",
    "Best money I've spent on myself.",
    "I'd send anyone thinking about SMP to {artist}.",
    "Go for the consultation and you'll see what I mean.",
    "Wish I'd done this years ago.",
    "Thanks {artist}!",
)

MIXED_RESULTS = _plain(
    "The result is decent. Not life-changing, but I'm happy enough with it.",
    "It took three sessions instead of the two I was quoted, which added to the cost.",
    "Overall a solid job for the price.",
    "Booking was a hassle and they moved my second appointment twice.",
    "Good work, but communication between sessions could be better.",
    "It looks fine. I'd have liked a bit more density at the crown.",
    "The work is good; the experience around it is a bit hit and miss.",
    "Happy with it from a normal distance, which is what counts I suppose.",
)

MIXED_CLOSERS = _plain(
    "Fair enough for what I paid.",
    "Would probably go back for a top-up, but I'd shop around first.",
    "Decent, not the best.",
    "",
)

NEUTRAL_OPENERS = _plain(
    "Had my SMP done here over the winter.",
    "Went to {clinic} for a hairline and some density at the crown.",
    "Picked {clinic} mainly because it was close to work.",
    "Two sessions with {artist} last year.",
    "Booked after a friend recommended them.",
    "Went in for the full scalp, three sessions in all.",
)

DETAILS = _plain(
    "The studio was spotless and easy to find.",
    "Booked online and got a slot within a fortnight.",
    "Each session took about three hours.",
    "The second session was quicker than the first.",
    "I went for a soft, faded look and that's what I got.",
    "My partner likes it more than I expected.",
    "Price was what they quoted, no surprises.",
    "They texted me the aftercare notes, which helped.",
    "Parking nearby is easy enough.",
    "Music was a bit loud in the room, but that's a small thing.",
)

ORDINARY_RESULTS = _plain(
    "Happy with how it turned out. Friendly enough, and the studio was clean.",
    "Two sessions, reasonable price, decent result.",
    "Looks good, no complaints so far.",
    "Did what I wanted. I'd go back for a top-up.",
    "Quick to book and the finished look is pretty convincing.",
    "Nice people, nice result. Parking is a pain though.",
    "It's been about four months and it still looks good.",
    "Solid work. Not the cheapest in town but not the most expensive either.",
    "Pleased overall. The second session made a big difference.",
)

FLAG_SENTENCES: dict[str, tuple[Frag, ...]] = {
    "discoloration": (
        Frag(
            "Within a few months the dots took on a bluish tinge you can see in any daylight.",
            flags=("discoloration",),
        ),
        Frag(
            "My scalp has a greenish cast under office lights now. It looks like an old tattoo, "
            "not stubble.",
            flags=("discoloration",),
        ),
        Frag(
            "The pigment has turned a purple-blue colour; my wife noticed before I did.",
            flags=("discoloration",),
        ),
    ),
    "migration": (
        Frag(
            "The dots have spread and blurred into each other, so it reads as a smudge rather "
            "than hair.",
            flags=("migration",),
        ),
        Frag(
            "A lot of the dots got much bigger than they should be and started merging.",
            flags=("migration",),
        ),
        Frag(
            "A year later the whole area looks fuzzy, as if the ink bled out around every dot.",
            flags=("migration",),
        ),
    ),
    "helmet": (
        Frag(
            "It looks like I'm wearing a helmet: one flat block of colour with no follicle "
            "pattern at all.",
            flags=("helmet",),
        ),
        Frag(
            "There's no variation in the dots whatsoever, it just looks painted on.",
            flags=("helmet",),
        ),
    ),
    "too-dark": (
        Frag(
            "It's far too dark for my skin. I'm fair and it looks almost black.",
            flags=("too-dark",),
        ),
        Frag(
            "The shade is way darker than my actual hair, so you can see exactly where the real "
            "hair starts.",
            flags=("too-dark",),
        ),
        Frag(
            "They went much too dark, even though I asked twice for a lighter shade.",
            flags=("too-dark",),
        ),
    ),
    "hairline": (
        Frag(
            "The hairline is dead straight and far too low for a man in his fifties.",
            flags=("hairline",),
        ),
        Frag(
            "My hairline came out crooked, noticeably higher on the left than the right.",
            flags=("hairline",),
        ),
        Frag(
            "They put pigment well forward of where I ever had hair, so the front looks drawn on.",
            flags=("hairline",),
        ),
    ),
    "infection": (
        Frag(
            "Within days it was red, hot and weeping, and I ended up on antibiotics for an "
            "infection.",
            flags=("infection",),
        ),
        Frag(
            "I never saw them open new needles, and a week later my scalp was infected.",
            flags=("infection",),
        ),
    ),
    "scarring": (
        Frag(
            "I now have small raised scars along the front where they went over it again and "
            "again.",
            flags=("scarring",),
        ),
        Frag("A keloid formed on the crown where the work was heaviest.", flags=("scarring",)),
        Frag(
            "Their laser 'correction' burned my scalp and left me with scars.", flags=("scarring",)
        ),
    ),
    "patchy-fading": (
        Frag(
            "It faded unevenly within months, blotchy on one side and still solid on the other.",
            flags=("patchy-fading",),
        ),
        Frag(
            "Some patches faded almost completely while the rest stayed put, so it looks uneven.",
            flags=("patchy-fading",),
        ),
        Frag(
            "After half a year it had gone patchy, and the touch-up didn't fix it.",
            flags=("patchy-fading",),
        ),
    ),
}

BAD_OPENERS = _plain(
    "I really wanted this to work out.",
    "Writing this so someone else doesn't make my mistake.",
    "Went to {clinic} last year on the strength of their website photos.",
    "Two sessions with {artist}, and I regret both.",
    "It looked fine for the first few weeks, so I left a good review elsewhere. Not any more.",
)

BAD_CLOSERS = _plain(
    "I'm now looking into laser removal.",
    "Save yourself the money and the stress.",
    "I'm now paying another clinic to correct it.",
    "Wish I'd read more reviews first.",
    "Avoid.",
)

BURST = (
    "Best SMP in {city}!!! Amazing staff, amazing results, highly recommend {clinic}!",
    "Amazing results, amazing staff! Best SMP in {city}, highly recommend!!",
    "Highly recommend {clinic}! Best SMP in {city}, amazing staff and amazing results!",
    "Best scalp micropigmentation in {city}!! Amazing team and amazing results. Highly recommend!",
    "Amazing staff and results!!! Best SMP in {city}. 5 stars, highly recommend {clinic}.",
    "{clinic} is the best SMP in {city}! Amazing results, amazing staff, highly recommend!!!",
    "Best SMP experience ever! Amazing staff, amazing results. Highly recommend {clinic} in "
    "{city}!",
)

TESTIMONIALS = (
    "I finally feel confident without a hat. Thank you, {artist}!",
    "From the consultation to the final session, everything was explained clearly.",
    "Best decision I've made in years. Nobody can tell it isn't hair.",
    "I've recommended {clinic} to three friends already.",
    "Professional, friendly, and the result is incredible.",
    "My new hairline looks natural and the crown is filled in perfectly.",
    "Covered my transplant scar completely. I can wear my hair short again.",
    "I was so nervous and {artist} made the whole thing easy.",
    "Worth every penny. The healed result is even better than I hoped.",
    "Life-changing. I wish I'd found this place sooner.",
    "I can't stop running my hand over it. It looks like a proper buzz cut.",
    "Everyone at {clinic} made me feel welcome from the first visit.",
    "The consultation alone was worth it; {artist} drew the hairline on first so I could see it.",
    "Three sessions and it looks like I've just come from the barber.",
    "My transplant scar was the only thing people noticed. Not any more.",
)

TESTIMONIAL_TAILS = (
    "Thank you, {artist}!",
    "Highly recommend {clinic}.",
    "Couldn't be happier.",
    "Five stars from me.",
    "Already booked my top-up.",
    "The whole team was lovely.",
    "Should have done it years ago.",
    "My confidence is back.",
    "Worth the drive.",
    "Cheers, {artist}.",
)
