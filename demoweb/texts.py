"""Prose for the clinics' own pages: intros, bios, services, FAQ, policies, credential claims.

Nothing outside CLAIM_TEMPLATES, INSURANCE and STUFFING_PHRASES states a credential, so a
clinic with no claims in the roster says nothing about training, licences or experience.
"""

from __future__ import annotations

TAGLINES = (
    "Natural-looking scalp micropigmentation in {city}",
    "The look of a fresh buzz cut, every single day",
    "Hair loss, handled. Quietly.",
    "Scalp micropigmentation done with patience and precision",
    "Realistic SMP for men and women in {city}",
    "Confidence, one follicle at a time",
    "{city}'s scalp micropigmentation studio",
    "Subtle, natural, yours",
)

HOME_INTROS = (
    "{name} is a scalp micropigmentation studio in {city}. We replicate the look of closely "
    "shaved hair with thousands of tiny, carefully placed pigment dots, so a receding hairline, "
    "a thinning crown or a transplant scar stops being the first thing you notice.",
    "Scalp micropigmentation (SMP) is a cosmetic tattoo of tiny dots that imitate hair "
    "follicles. At {name} we use it to rebuild hairlines, add density to thinning hair and hide "
    "scars, with results that look like hair rather than ink.",
    "Hair loss affects how you see yourself. At {name} we offer scalp micropigmentation from a "
    "private studio in {city}: unhurried consultations, careful design, and work that heals to "
    "look like natural stubble.",
    "Whether you're dealing with a receding hairline, diffuse thinning, alopecia or scarring, "
    "SMP can give you a clean, confident look. {name} helps clients from all over the {city} "
    "area get there.",
    "We do one thing and we do it carefully: scalp micropigmentation. Every treatment at {name} "
    "starts with a conversation about what you want, what is realistic, and how the pigment "
    "will look in five years' time.",
)

ABOUT_INTROS = (
    "We opened {name} because we kept meeting people in {city} who were living with bad SMP "
    "from studios that treated it like any other tattoo.",
    "{name} is a small, independent studio. You see the same artist at every session, and they "
    "remember your hairline.",
    "Our studio is private and appointment-only. No walk-ins and no production line: one client "
    "at a time, with the door closed.",
    "We believe the best SMP is the kind nobody notices. Our work is designed around your age, "
    "your face and the hair you still have.",
)

BACKGROUNDS = (
    "Before SMP, {first} spent years behind a barber's chair, which is where {he} learned how "
    "hairlines really grow.",
    "{first} came to scalp micropigmentation from fine-line tattooing and never looked back.",
    "{first} had SMP done {himself} years ago and was so struck by the result that {he} decided "
    "to make it {his} work.",
    "{first} studied illustration before moving into cosmetic tattooing, and it shows in the "
    "detail of {his} hairlines.",
    "{first} is known for {his} calm manner and for taking the time to get a hairline exactly "
    "right.",
    "{first} has a particular interest in density work for diffuse thinning and in SMP for women.",
    "Clients describe {first} as patient and detail-obsessed, which is exactly what you want "
    "from the person holding the needle.",
)

CLAIM_TEMPLATES: dict[str, tuple[str, ...]] = {
    "training-pinpoint": (
        "{first} completed {hours} hours of hands-on training at Pinpoint SMP Academy in {year}.",
        "{He} trained at Pinpoint SMP Academy, finishing the {hours}-hour {course} in {year}.",
        "In {year} {first} graduated from the {course} at Pinpoint SMP Academy ({hours} hours).",
    ),
    "training": (
        "{first} trained at {issuer} in {year}, completing {hours} hours of coursework.",
        "{He} learned the craft on a {hours}-hour course at {issuer} in {year}.",
    ),
    "training-nohours": ("{first} trained at {issuer} in {year}.",),
    "certification": (
        "{first} is certified by {issuer} ({year}).",
        "{first} earned {his} SMP certification from {issuer} in {year}.",
    ),
    "licence": (
        "Licensed by the National Body Art Licensing Board, licence no. {number}.",
        "{first} holds a licence from the National Body Art Licensing Board (licence {number}).",
        "{His} National Body Art Licensing Board licence number is {number}.",
    ),
    "membership": (
        "{first} has been a proud member of the Scalp Pigmentation Guild since {since}.",
        "{He} joined the Scalp Pigmentation Guild in {since}.",
        "A member of the Scalp Pigmentation Guild since {since}.",
    ),
    "experience": (
        "{first} has over {years} years of experience in scalp micropigmentation.",
        "With {years} years of SMP experience, {first} has worked on everything from early "
        "recession to full alopecia.",
        "{He} has been doing SMP full-time for {years} years.",
    ),
}

INSURANCE = (
    "{name} is fully insured.",
    "We are fully insured and carry professional liability cover.",
    "Fully insured, for your peace of mind.",
)

SERVICES: dict[str, tuple[str, str]] = {
    "smp": (
        "Scalp micropigmentation",
        "Thousands of tiny pigment impressions, placed at a shallow depth and varied in size and "
        "shade, recreate the look of a closely shaved head.",
    ),
    "hairline": (
        "Hairline restoration",
        "We design a soft, age-appropriate hairline with you and draw it on first, so you can see "
        "it in the mirror before any pigment goes in.",
    ),
    "density": (
        "Density for thinning hair",
        "For thinning hair we add pigment between the hairs you have, so the scalp shows through "
        "less. You keep your length; it simply looks fuller.",
    ),
    "scar-camouflage": (
        "Scar camouflage",
        "FUT strip scars, FUE extraction dots and scars from injuries can be blended into the "
        "surrounding follicles with careful colour matching.",
    ),
    "alopecia": (
        "Alopecia",
        "For alopecia areata, totalis and universalis we can recreate a shaved look across "
        "patches or the whole scalp, and adjust it if your hair comes and goes.",
    ),
    "female": (
        "SMP for women",
        "For women with thinning at the part or the crown we add density without a shaved look, "
        "so you can keep your hair long.",
    ),
    "correction": (
        "Correction of previous SMP",
        "If earlier work elsewhere doesn't look right, we assess whether it can be corrected "
        "with new pigment or needs lightening first, and give you an honest answer either way.",
    ),
    "removal-laser": (
        "Laser removal",
        "With a partner medical practice we offer laser removal of SMP. The laser breaks pigment "
        "into particles the body clears; it works best on lighter skin and usually takes a few "
        "sessions.",
    ),
    "removal-saline": (
        "Saline removal",
        "A needle works a saline solution into the skin and the pigment lifts out by osmosis. "
        "Expect more scabbing and a slower heal than with laser, but it suits darker skin.",
    ),
    "removal-undo": (
        "UNDO removal",
        "A three-step, non-laser method: a serum that lifts the pigment, a clay lifting mask and "
        "a recovery mask. Fewer sessions and a short healing time.",
    ),
}

FAQ = (
    (
        "Does scalp micropigmentation hurt?",
        "Most clients describe it as uncomfortable rather than painful, a scratching feeling. The "
        "crown and the temples tend to be the most sensitive.",
    ),
    (
        "How many sessions will I need?",
        "Usually two or three sessions, a week or two apart. Pigment is layered gradually so the "
        "result looks natural and shade and density can be adjusted as we go.",
    ),
    (
        "How long does SMP last?",
        "It is close to permanent, but it softens over the years. Most clients come back for a "
        "top-up every three to five years to keep it crisp.",
    ),
    (
        "Will it look natural?",
        "It should look like closely shaved hair. The dots vary in size, angle and shade the way "
        "real follicles do, and the hairline is designed to suit your age and face.",
    ),
    (
        "Can SMP hide a hair transplant scar?",
        "Yes. Strip scars and FUE extraction dots can be camouflaged by placing pigment in and "
        "around the scar tissue, matched to the surrounding hair.",
    ),
    (
        "Can women have SMP?",
        "Absolutely. For women we usually add density to thinning areas rather than creating a "
        "shaved look, so you can wear your hair long.",
    ),
    (
        "What if I change my mind later?",
        "SMP can be lightened or removed with laser, saline or non-laser methods, but it is meant "
        "to be long-term, so we ask every client to take their time deciding.",
    ),
    (
        "Can I go to the gym afterwards?",
        "Avoid heavy sweating, swimming and saunas for about four days after each session, and "
        "keep the scalp dry so the pigment can settle.",
    ),
    (
        "What should I do before my appointment?",
        "Shave your head the morning of the session (unless we are doing density work), skip "
        "alcohol the night before and eat a proper breakfast.",
    ),
    (
        "Is there any downtime?",
        "Some redness for a day or two. Most people are back at work the next day.",
    ),
    (
        "Will it work on darker skin?",
        "Yes. Pigment shade and dot size are adjusted to your complexion. Removal is a different "
        "matter, since laser is less effective on darker skin, which is one more reason to get it "
        "right the first time.",
    ),
)

SIGNALS: dict[str, tuple[str, ...]] = {
    "free-consultation": (
        "Consultations are free and there's no obligation to book.",
        "Every treatment starts with a free, no-pressure consultation.",
    ),
    "touch-up-policy": (
        "A touch-up session within 12 months is included in the price of every full treatment.",
        "Our guarantee: if anything needs adjusting once you've healed, the touch-up is free.",
    ),
    "hygiene": (
        "Every client gets single-use needle cartridges, opened in front of you, and a fully "
        "sterile set-up.",
        "We use single-use needles and disposable barriers, and the workstation is cleaned and "
        "sterilised between clients.",
    ),
    "aftercare": (
        "For the first four days after a session, don't wash, shave or sweat. After that, wash "
        "gently with a mild cleanser, moisturise, and wear SPF 30+ on your scalp outdoors.",
    ),
    "portfolio": (
        "Every photo in our gallery is our own work, photographed healed, not fresh out of the "
        "chair.",
    ),
}

AFTERCARE_STEPS = (
    "Days 1–4: keep the scalp completely dry. No washing, no shaving, no gym, no swimming.",
    "Days 5–7: you can wet your scalp and wash gently with a fragrance-free cleanser. Pat dry.",
    "Week 2: you can shave again, carefully, with a foil shaver rather than a blade.",
    "After 28 days: back to normal. Moisturise daily and use a high-SPF sunscreen outdoors, "
    "because UV is what fades pigment fastest.",
)

GALLERY_CAPTIONS = (
    "Hairline and temples, healed at six months",
    "Crown density, two sessions, photographed healed",
    "Full scalp, Norwood 6, one year after the final session",
    "Transplant strip scar blended, healed",
    "Density behind existing hair, healed at three months",
    "Soft, age-appropriate hairline, healed",
)

PRICES = (
    ("Hairline only", "$1,200 – $1,500"),
    ("Hairline and crown", "$1,800 – $2,400"),
    ("Full scalp", "$2,800 – $3,500"),
    ("Density (thinning, long hair)", "$1,400 – $2,000"),
    ("Scar camouflage", "from $600"),
    ("Correction of previous SMP", "from $900"),
)

PUSHY_BANNERS = (
    "Only a few slots left this month. Book today and save 20%!",
    "Limited-time offer: book this week and your deposit is halved!",
)

STUFFING_PHRASES = (
    "certified SMP artist",
    "certified scalp micropigmentation artist",
    "certified SMP specialist",
    "certified SMP technician",
    "certified hair tattoo artist",
)

PRIVATE_NOTES = (
    "Staff only: rota, supplier order list and the internal price sheet. Do not share.",
    "Internal: draft price changes for next year and the pigment stock count.",
)

CLOSING_LINES = (
    "Ready to talk it through? Call us or book online.",
    "Questions? We're happy to answer them. Give us a call.",
    "The first step is a conversation. Get in touch.",
)

HOURS = (
    ("Mon–Fri", "9:00–18:00"),
    ("Sat", "10:00–15:00"),
    ("Sun", "Closed"),
)

ARTIST_QUOTES = (
    "“Nobody should be able to tell it’s SMP. That’s the whole point.”",
    "“I’d rather turn someone away than give them a hairline that won’t suit them in ten years.”",
    "“The best compliment I get is when a client’s barber doesn’t notice.”",
    "“Every scalp is different — skin, colour, scarring. You have to slow down and read it.”",
)

REMOVAL_INTRO = (
    "People come to us for removal for all sorts of reasons: work elsewhere that went wrong, a "
    "change of heart, or simply a new style. Removal is far easier when the original pigment "
    "sat at the right depth; one or two sessions can be enough. Pigment placed too deep takes "
    "many more sessions and is less comfortable, so we always assess your scalp in person "
    "before recommending a method."
)

NEWS = (
    ("We've moved!", "Our new studio has more space, better light and parking right outside."),
    (
        "Now booking evening appointments",
        "Tuesday and Thursday evenings are now available for consultations and sessions.",
    ),
    (
        "Why we photograph healed work",
        "Fresh SMP always looks darker and sharper than it will once healed. That is why every "
        "photo in our gallery was taken at least a month after the final session.",
    ),
)
