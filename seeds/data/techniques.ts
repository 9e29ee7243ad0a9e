import type { SeedTechnique } from '../types'

/**
 * The 20 techniques the clinic's article names: 12 your therapist does in the clinic and
 * 8 you can do yourself at home.
 */
export const techniques: SeedTechnique[] = [
  // Swedish massage: the foundation of most therapeutic touch.
  {
    slug: 'effleurage',
    name: 'Effleurage',
    category: 'swedish',
    kind: 'clinic-applied',
    bodyRegion: 'whole-body',
    summary:
      'Long, gliding strokes that warm your muscles and improve blood flow. Most sessions start and end with it.',
    steps: [
      'Lie face down or face up on the table, whichever is more comfortable for you.',
      'Tell your therapist where you hurt today and how strong your pain is.',
      'Your therapist uses oil or lotion and makes long, smooth strokes along your muscles.',
      'Breathe slowly and let your body sink into the table.',
      'Speak up if you want lighter or firmer pressure at any time.',
    ],
    cues: [
      'A smooth, warm, flowing feeling.',
      'Your muscles start to soften and your breathing slows.',
      'It should feel pleasant, never sharp.',
    ],
    precautions: [
      'Tell your therapist about any skin rash, cut, bruise or sunburn so they can avoid it.',
      'Let us know if you have had a blood clot or have swelling in one leg.',
    ],
    equipment: [],
    defaultDosage: { durationMinutes: 10, pressure: 'light', frequency: 'weekly' },
    body: [
      'Effleurage is the most basic stroke in Swedish massage. Swedish massage is the base for most kinds of therapeutic touch. Your therapist uses flat hands to glide along your muscles.',
      'These long strokes warm your muscles and improve blood flow. They also let your therapist feel where you are tight. This helps them plan the rest of your session.',
      'Gentle touch like this can also calm pain signals. Touch wakes up large nerve fibers. These help "close the gate" on pain signals going to your brain. That is why many people feel some relief even during the first few minutes.',
    ],
    illustration: {
      motion: 'glide',
      alt: 'Diagram of the back with long arrows showing gliding strokes from the lower back up to the shoulders.',
    },
  },
  {
    slug: 'petrissage',
    name: 'Petrissage',
    category: 'swedish',
    kind: 'clinic-applied',
    bodyRegion: 'shoulders',
    summary:
      'Kneading movements that lift, squeeze and roll your muscles. It releases tension and helps your muscles become more flexible.',
    steps: [
      'Lie face down or sit in the massage chair, as your therapist suggests.',
      'Your therapist warms the area first with long, gliding strokes.',
      'They then lift and squeeze your muscles, a bit like kneading dough.',
      'Keep breathing slowly and let your shoulders drop.',
      'Tell your therapist if the kneading feels too strong or pinches.',
    ],
    cues: [
      'A deep, satisfying squeeze in the muscle.',
      'Tight spots feel looser after a few passes.',
      'A "good hurt" is OK, but it should never feel sharp.',
    ],
    precautions: [
      'Tell your therapist if you bruise easily or take blood thinners.',
      'Kneading is not done over a joint that is hot, red or swollen.',
    ],
    equipment: [],
    defaultDosage: { durationMinutes: 10, pressure: 'moderate', frequency: 'weekly' },
    body: [
      'Petrissage is the kneading part of Swedish massage. Your therapist lifts a muscle away from the bone, then squeezes and rolls it. It is often used on your shoulders, neck and back.',
      'Kneading releases tension and helps your muscle tissue become more flexible. It also moves blood through the area. Better blood flow helps clear waste products out of tired muscles.',
      'Your shoulders often hold stress from sitting, driving or screen time. Regular kneading can help them feel less stiff. Your therapist can show you a simple version to do on your own between visits.',
    ],
    illustration: {
      motion: 'knead',
      alt: 'Diagram of the neck and shoulders with curved arrows showing hands kneading the top of each shoulder.',
    },
  },
  {
    slug: 'friction',
    name: 'Friction',
    category: 'swedish',
    kind: 'clinic-applied',
    bodyRegion: 'lower-back',
    summary:
      'Deep, small circles with the fingertips or thumbs on one problem area. It targets a stubborn tight spot.',
    steps: [
      'Show your therapist the exact spot that bothers you most.',
      'Lie face down with a pillow under your hips or ankles if that feels better.',
      'Your therapist warms the area, then presses in and makes small, deep circles.',
      'Rate the pressure out of 10 when asked. Aim for about 5 to 6.',
      'Move around gently after the session to help the area settle.',
    ],
    cues: [
      'Focused, intense pressure in one small spot.',
      'The spot feels warm and a little less tight afterwards.',
      'Mild tenderness the next day is normal and should fade within a day.',
    ],
    precautions: [
      'Friction is not done over a new injury, broken skin or a swollen area.',
      'Tell your therapist right away if you feel tingling, numbness or sharp pain.',
    ],
    equipment: [],
    defaultDosage: { durationMinutes: 5, pressure: 'moderate', frequency: 'weekly' },
    body: [
      'Friction uses deep, circular movements to work on one problem area. Your therapist stays in a small spot instead of covering a large area. It is often used on the lower back, around the shoulder blades and near joints.',
      'The circles warm the tissue and bring blood to it. This helps loosen tight spots that have been there a long time.',
      'Friction can feel strong. You are always in charge of the pressure. A little tenderness the next day is normal. Pain that is much worse 24 hours later is not. Call us if that happens.',
    ],
    illustration: {
      motion: 'circle',
      alt: 'Diagram of the lower back with small circular arrows showing fingertips working on one spot beside the spine.',
    },
  },
  {
    slug: 'tapotement',
    name: 'Tapotement',
    category: 'swedish',
    kind: 'clinic-applied',
    bodyRegion: 'upper-back',
    summary:
      'Quick, rhythmic tapping with the edges of the hands, cupped hands or fingertips. It wakes up nerve endings and boosts blood flow.',
    steps: [
      'Lie face down and relax your arms by your sides.',
      'Your therapist taps your back quickly and lightly in a steady rhythm.',
      'They may use cupped hands, the sides of their hands or their fingertips.',
      'Tell your therapist if any tapping feels sharp, or if you would like it lighter.',
    ],
    cues: [
      'A light, drumming feeling that makes the skin tingle.',
      'You may feel more awake and alert afterwards.',
    ],
    precautions: [
      'Tapping is kept off your spine, kidneys and any bony or sore areas.',
      'It is usually skipped during a flare-up or if you have fibromyalgia with high pain sensitivity.',
    ],
    equipment: [],
    defaultDosage: { durationMinutes: 5, pressure: 'moderate', frequency: 'weekly' },
    body: [
      'Tapotement is rhythmic tapping. It is the most lively stroke in Swedish massage. Your therapist uses fast, light taps in a steady beat.',
      'The tapping stimulates nerve endings and helps blood flow to the area. This supports healing. It is often used near the end of a session to help you feel awake before you get up.',
      'Tapping is not for everyone. If your body is very sensitive to touch, your therapist may skip it or make it very light. Just say so if you do not like it.',
    ],
    illustration: {
      motion: 'tap',
      alt: 'Diagram of the upper back with short, repeated arrows showing light tapping across the shoulder blades.',
    },
  },

  // Deep tissue: chronic muscle tension and adhesions.
  {
    slug: 'trigger-point-therapy',
    name: 'Trigger point therapy',
    category: 'deep-tissue',
    kind: 'clinic-applied',
    bodyRegion: 'upper-back',
    summary:
      'Focused pressure on knots and tight spots in a muscle. Pressing on a knot can ease pain in the spot and in the area it sends pain to.',
    steps: [
      'Lie face down and let your therapist know where your knots feel worst.',
      'Your therapist finds a knot and presses on it with a thumb or fingertip.',
      'They hold the pressure still for about 30 to 90 seconds while you breathe slowly.',
      'Tell them when the ache starts to fade. They may then move to the next knot.',
      'Drink some water and move gently after your visit.',
    ],
    cues: [
      'A deep, dull ache that may spread a little, for example up into your head or down your arm.',
      'The ache fades while the pressure stays the same.',
      'The muscle feels softer after the pressure is released.',
    ],
    precautions: [
      'Pressure should stay at a level you can breathe through, about 5 to 7 out of 10.',
      'Tell your therapist right away if you feel burning, numbness or sharp pain.',
      'Tell your therapist if you bruise easily or take blood thinners.',
    ],
    equipment: [],
    defaultDosage: { durationMinutes: 10, pressure: 'firm', frequency: 'weekly' },
    body: [
      'A trigger point is a small, tight knot in a muscle. It can hurt when pressed. It can also send pain to another place. A knot in your upper back may cause a headache, for example.',
      'Trigger point therapy uses focused, steady pressure on these knots. Your therapist presses and holds until the muscle lets go. This is one of the main deep tissue tools for lower back pain and tension headaches.',
      'Many people feel both an ache and relief at the same time. The ache should fade while your therapist holds. Always tell them how strong it feels. You should never have to hold your breath or tense up.',
    ],
    illustration: {
      motion: 'press',
      alt: 'Diagram of the upper back with a thumb pressing on a dot between the shoulder blade and spine, and small arrows pointing inward.',
    },
  },
  {
    slug: 'myofascial-release',
    name: 'Myofascial release',
    category: 'deep-tissue',
    kind: 'clinic-applied',
    bodyRegion: 'lower-back',
    summary:
      'Slow, gentle stretching of the connective tissue that wraps around your muscles. It helps tight areas move more freely.',
    steps: [
      'Lie down on the table. Oil is often not used, so the hands do not slide.',
      'Your therapist may warm the area with a heat pack first.',
      'They place their hands on your skin and slowly stretch the tissue in one direction.',
      'They hold the stretch for a minute or more while the tissue slowly gives.',
      'Breathe slowly and tell them about any spots that feel pulled or tender.',
    ],
    cues: [
      'A slow, gentle stretch or pulling feeling.',
      'A sense of the area "melting" or letting go.',
      'Warmth and easier movement afterwards.',
    ],
    precautions: [
      'Tell your therapist about any recent surgery or scars in the area.',
      'This is not done over broken skin, burns or a new injury.',
    ],
    equipment: ['heat-therapy'],
    defaultDosage: { durationMinutes: 15, pressure: 'moderate', frequency: 'weekly' },
    body: [
      'Fascia is a thin layer of connective tissue. It wraps around each of your muscles. When it gets tight or stuck, your muscles cannot move freely. This can add to pain and stiffness.',
      'In myofascial release, your therapist uses slow, steady stretches. They wait for the tissue to give before going further. It feels gentle, but it can reach deep.',
      'This approach is often used for lower back pain, fibromyalgia and stiffness from arthritis. Heat before the session can help the tissue relax. Ask us if a heat pack would help you.',
    ],
    illustration: {
      motion: 'stretch',
      alt: 'Diagram of the lower back with two hands placed apart and arrows pointing away from each other to show a slow stretch.',
    },
  },
  {
    slug: 'cross-fiber-friction',
    name: 'Cross-fiber friction',
    category: 'deep-tissue',
    kind: 'clinic-applied',
    bodyRegion: 'legs',
    summary:
      'Short, firm strokes across a muscle or tendon, not along it. It helps break up scar tissue after an old injury.',
    steps: [
      'Show your therapist where you had an old injury or feel a stringy, tight band.',
      'Your therapist places a thumb or fingers on the spot without oil.',
      'They move back and forth across the muscle, like plucking a guitar string slowly.',
      'The work lasts only a few minutes. Rate the pressure out of 10 when asked.',
      'Your therapist may ask you to move or gently stretch the area afterwards.',
    ],
    cues: [
      'A strong, scratchy, focused feeling in one small spot.',
      'The area may feel numb or warm after a minute or two.',
      'The spot feels more flexible when you move it afterwards.',
    ],
    precautions: [
      'Not used on a new injury (less than about 6 weeks old) or on a swollen, hot area.',
      'Tell your therapist if you bruise easily or take blood thinners.',
    ],
    equipment: [],
    defaultDosage: { durationMinutes: 5, pressure: 'firm', frequency: 'every-two-weeks' },
    body: [
      'Muscles are made of long fibers that run in one direction. After an injury, scar tissue can form. It can glue these fibers together and make the area stiff.',
      'Cross-fiber friction moves across the fibers instead of along them. This helps break up scar tissue and lets the muscle move more freely. It is often used on the back of the thigh, the calf, the knee and the elbow.',
      'This technique is strong but short. Your therapist only does a few minutes at a time. It works best when you follow it with gentle movement or the exercises your therapist or physical therapist gives you.',
    ],
    illustration: {
      motion: 'glide',
      alt: 'Diagram of the back of the thigh with short arrows going side to side across the muscle, not up and down.',
    },
  },
  {
    slug: 'sustained-pressure',
    name: 'Sustained pressure',
    category: 'deep-tissue',
    kind: 'clinic-applied',
    bodyRegion: 'hips-glutes',
    summary:
      'Slow, steady pressure that builds a little at a time. It releases deep tension without sudden force.',
    steps: [
      'Lie face down or on your side with pillows for support.',
      'Your therapist leans in slowly with a palm, forearm or elbow.',
      'They add pressure a little at a time and then hold it still.',
      'Breathe out slowly as the pressure builds. Tell them when it is enough.',
      'They ease off just as slowly before moving to a new spot.',
    ],
    cues: [
      'A deep, spreading pressure that feels steady, not sharp.',
      'The muscle slowly softens under the pressure.',
      'A heavy, relaxed feeling in the area afterwards.',
    ],
    precautions: [
      'Pressure is never placed right on your spine or on a nerve that tingles.',
      'Tell your therapist right away if you feel tingling or pain shooting down your leg.',
    ],
    equipment: ['heat-therapy'],
    defaultDosage: { durationMinutes: 10, pressure: 'firm', frequency: 'weekly' },
    body: [
      'Sustained pressure means pressure that is added slowly and held. Your therapist does not push hard all at once. Your muscles have time to relax instead of guarding.',
      'It is used for deep, long-held tension. The hips and glutes are a common area. Tight muscles here can add to lower back pain and sciatica.',
      'Warming the area first can help. You can tell your therapist to stop adding pressure at any time. The right level is one you can breathe through.',
    ],
    illustration: {
      motion: 'hold',
      alt: 'Diagram of the hips and buttocks with a forearm resting on one side and a single downward arrow showing steady pressure.',
    },
  },

  // Specialised modalities.
  {
    slug: 'neuromuscular-therapy',
    name: 'Neuromuscular therapy',
    category: 'specialised',
    kind: 'clinic-applied',
    bodyRegion: 'hips-glutes',
    summary:
      'A detailed, step-by-step treatment for trapped nerves and muscles that are out of balance. Your therapist works on the muscles that may be squeezing a nerve.',
    steps: [
      'Your therapist asks about your pain pattern, such as pain down one leg.',
      'They check your posture and how your hips and back move.',
      'They use focused pressure on tight muscles that may be pressing on a nerve.',
      'You may be asked to breathe out or gently move your leg while they press.',
      'You will get one or two simple stretches or exercises to do at home.',
    ],
    cues: [
      'Focused pressure that may copy your usual pain, then ease.',
      'Less pulling or tingling along the nerve after treatment.',
      'A sense that both sides of your body feel more even.',
    ],
    precautions: [
      'Tell your therapist right away if numbness, tingling or weakness gets worse.',
      'Pressure should ease your usual pain, not make it sharper.',
    ],
    equipment: [],
    defaultDosage: { durationMinutes: 15, pressure: 'moderate', frequency: 'weekly' },
    body: [
      'Neuromuscular therapy looks at how your nerves and muscles work together. A tight muscle can press on a nearby nerve. This is called nerve entrapment. It can cause pain, tingling or numbness further down the nerve.',
      'Your therapist looks for muscles that are too tight on one side or too weak on the other. This is called a muscle imbalance. They then use focused pressure to release the tight muscles.',
      'This approach is often used for sciatica. A tight muscle deep in your buttock can press on the sciatic nerve. It is also used for neck and shoulder pain that causes headaches.',
    ],
    illustration: {
      motion: 'press',
      alt: 'Diagram of the buttock and back of the leg with a line for the sciatic nerve and a thumb pressing on the deep hip muscle above it.',
    },
  },
  {
    slug: 'craniosacral-therapy',
    name: 'Craniosacral therapy',
    category: 'specialised',
    kind: 'clinic-applied',
    bodyRegion: 'head-neck',
    summary:
      'Very gentle, light touch on your head, neck and spine. It focuses on calming your central nervous system.',
    steps: [
      'Lie on your back, fully clothed, with a pillow under your knees.',
      'Your therapist rests their hands lightly under your head or neck.',
      'They use a touch about as light as the weight of a coin.',
      'Close your eyes and breathe slowly. Many people drift off.',
      'Get up slowly at the end, as you may feel very relaxed.',
    ],
    cues: [
      'A very light touch, warmth or gentle pulsing.',
      'A deep sense of calm, like you are about to fall asleep.',
      'Less tension in your jaw, neck and head afterwards.',
    ],
    precautions: [
      'Tell us about any recent head injury, brain bleed or brain surgery first.',
      'Stand up slowly afterwards in case you feel light-headed.',
    ],
    equipment: [],
    defaultDosage: { durationMinutes: 15, pressure: 'light', frequency: 'every-two-weeks' },
    body: [
      'Craniosacral therapy is a very gentle technique. It focuses on your central nervous system. That is your brain and spinal cord. Your therapist uses soft, still holds on your head, neck and lower spine.',
      'Because the touch is so light, it can suit people who cannot handle firm pressure. This includes many people with fibromyalgia, migraine or a very sensitive nervous system.',
      'Regular massage can help retrain how your nervous system reacts to pain signals. Calm, gentle sessions like this are one way to support that. Many people also sleep better the night after.',
    ],
    illustration: {
      motion: 'hold',
      alt: 'Diagram of a head and neck seen from the side with two hands cradling the back of the head and small, soft arrows showing a gentle hold.',
    },
  },
  {
    slug: 'lymphatic-drainage',
    name: 'Lymphatic drainage',
    category: 'specialised',
    kind: 'clinic-applied',
    bodyRegion: 'legs',
    summary:
      'Slow, very light, rhythmic strokes that help move fluid out of swollen areas. It supports your body\'s natural clean-up and healing.',
    steps: [
      'Lie on your back with your legs raised a little on a pillow.',
      'Your therapist starts near your neck or the top of your leg to clear the way.',
      'They use light, stretching strokes on the skin, always toward your heart.',
      'The strokes are slow and repeat in a steady rhythm. Just relax and breathe.',
      'Drink some water afterwards and take a short walk if you can.',
    ],
    cues: [
      'A feather-light, slow stretching of the skin.',
      'Swollen areas may feel lighter or less tight afterwards.',
      'You may need to use the bathroom soon after a session.',
    ],
    precautions: [
      'Not for you if you have an active infection, a blood clot or heart failure. Tell us about these first.',
      'Call your doctor about new swelling in one leg, especially with pain, warmth or redness.',
    ],
    equipment: [],
    defaultDosage: { durationMinutes: 15, pressure: 'light', frequency: 'weekly' },
    body: [
      'Your lymph system is a network of small vessels. It carries extra fluid and waste away from your tissues. Lymphatic drainage uses special, light movements to help this fluid flow.',
      'Ongoing pain often comes with inflammation. Helping fluid and waste move out of sore tissue supports your body\'s own healing. Massage can also help lower signs of inflammation in the body.',
      'The touch is much lighter than a regular massage. Firm pressure would actually squeeze the tiny vessels shut. That is why it feels so gentle.',
    ],
    illustration: {
      motion: 'glide',
      alt: 'Diagram of a leg with light, short arrows all pointing up toward the hip to show fluid being moved toward the body.',
    },
  },
  {
    slug: 'acupressure',
    name: 'Acupressure',
    category: 'specialised',
    kind: 'clinic-applied',
    bodyRegion: 'whole-body',
    summary:
      'Steady finger pressure on specific points on your body. It comes from traditional Chinese medicine, where it is used to release energy blockages.',
    steps: [
      'Lie on the table fully clothed. No oil is needed.',
      'Your therapist presses on set points, such as on your hands, shoulders or feet.',
      'Each point is held with steady pressure for about 30 seconds to 2 minutes.',
      'Breathe slowly and tell them if a point feels too tender.',
      'Ask your therapist to show you one or two points you can press at home.',
    ],
    cues: [
      'A dull ache, warmth or heaviness at the point.',
      'Sometimes a feeling that spreads a little from the point.',
      'A calm, relaxed feeling overall.',
    ],
    precautions: [
      'Tell us if you are pregnant. Some points are avoided during pregnancy.',
      'Points are not pressed over broken skin, bruises, varicose veins or swelling.',
    ],
    equipment: [],
    defaultDosage: { durationMinutes: 10, pressure: 'moderate', frequency: 'every-two-weeks' },
    body: [
      'Acupressure uses the same points as acupuncture, but with fingers instead of needles. In traditional Chinese medicine, pressing these points is said to release blocked energy.',
      'Steady pressure on a point can also ease pain in a simple way. Touch wakes up large nerve fibers that help "close the gate" on pain signals. It can also help your body release endorphins, its own natural painkillers.',
      'Common points are on the hands, the tops of the shoulders, the base of the skull and the feet. Your therapist can teach you a few points to use at home, for example for headaches.',
    ],
    illustration: {
      motion: 'press',
      alt: 'Diagram of a whole body outline with small dots on the hands, shoulders, base of the skull and feet, and a thumb pressing one of the dots.',
    },
  },

  // Self-massage: upper body.
  {
    slug: 'neck-and-shoulder-rolls',
    name: 'Neck and shoulder rolls',
    category: 'self-massage',
    kind: 'self-applied',
    bodyRegion: 'shoulders',
    summary:
      'Slow, gentle circles of your shoulders and neck to release tension. You can do them sitting or standing, almost anywhere.',
    steps: [
      'Sit or stand tall with your arms relaxed by your sides.',
      'If your neck is stiff, rest a warm pack on it for a few minutes first.',
      'Slowly roll both shoulders up, back and down in a big circle.',
      'Gently tip your ear toward one shoulder, then roll your chin down and across to the other side.',
      'Finish by placing your fingers on the top of each shoulder and making small circles for a few breaths.',
    ],
    cues: [
      'A gentle stretch along the side and back of your neck.',
      'Your shoulders feel lower and looser.',
      'No sharp pain, clicking pain, dizziness or tingling in your arms.',
    ],
    precautions: [
      'Do not roll your head all the way back. Keep neck circles to the front half only.',
      'Stop if you feel dizzy or have tingling or numbness down your arm.',
    ],
    equipment: ['heat-therapy'],
    defaultDosage: {
      repetitions: 10,
      sets: 2,
      restSeconds: 15,
      pressure: 'light',
      frequency: 'daily',
      timeOfDay: ['morning', 'any-time'],
    },
    body: [
      'Neck and shoulder rolls use gentle circular motions to release tension. They are quick and easy. You can do them at your desk, in the car while parked, or before bed.',
      'Tension in your neck and shoulders can build up during the day. It can lead to stiffness and headaches. A few slow rolls every few hours helps stop that build-up.',
      'Move slowly and stay in a range that feels comfortable. Adding a warm pack first can make the movement easier, because heat and massage work well together.',
    ],
    illustration: {
      motion: 'circle',
      alt: 'Diagram of the head and shoulders from behind with circular arrows around each shoulder and a curved arrow under the chin.',
    },
  },
  {
    slug: 'scalp-massage',
    name: 'Scalp massage',
    category: 'self-massage',
    kind: 'self-applied',
    bodyRegion: 'head-neck',
    summary:
      'Slow, gentle fingertip pressure on your scalp, temples and the base of your skull. It can help ease headache pain.',
    steps: [
      'Sit in a comfortable chair with your elbows resting on a table if you like.',
      'Place your fingertips on your scalp, just above your ears.',
      'Press in gently and make small, slow circles. Move the skin, not your hair.',
      'Work your way over the top of your head, then to your temples.',
      'Finish at the base of your skull. Press up under the bony ridge and hold for a few breaths.',
    ],
    cues: [
      'A warm, tingly, relaxing feeling on your scalp.',
      'Tight spots at your temples or skull base ease as you press.',
      'Your jaw and forehead start to relax.',
    ],
    precautions: [
      'Skip any area with a cut, sore or rash on the scalp.',
      'Get help right away for a sudden, severe headache. Do not try to massage it away.',
    ],
    equipment: [],
    defaultDosage: {
      durationMinutes: 3,
      pressure: 'light',
      frequency: 'daily',
      timeOfDay: ['bedtime', 'any-time'],
    },
    body: [
      'Scalp massage uses fingertip pressure to ease headache-related pain. Many headaches come with tight muscles at the temples, forehead and base of the skull. Gentle pressure helps these muscles let go.',
      'Touch also calms your nervous system. It can trigger the release of endorphins, your body\'s natural painkillers. That is why a scalp massage can feel so soothing.',
      'You can use it when you feel a headache starting, or as part of your bedtime routine. Dim the lights and breathe slowly while you do it for extra calm.',
    ],
    illustration: {
      motion: 'circle',
      alt: 'Diagram of the head from the side with small circular arrows at the temple, the top of the head and the base of the skull.',
    },
  },
  {
    slug: 'arm-and-hand-self-massage',
    name: 'Arm and hand self-massage',
    category: 'self-massage',
    kind: 'self-applied',
    bodyRegion: 'arms-hands',
    summary:
      'Using your own thumb or a small ball to press and knead your forearm and hand. It helps with strain from typing, phone use and other repeated tasks.',
    steps: [
      'Rest one forearm on a table, palm down.',
      'With the other thumb, press and knead along the top of your forearm, from wrist to elbow.',
      'Turn your palm up and repeat along the inside of your forearm.',
      'Roll a small massage ball under your palm and fingers for about 30 seconds.',
      'Gently squeeze along each finger, then switch arms.',
    ],
    cues: [
      'A pleasant ache in tight spots that eases as you press.',
      'Your hand and fingers feel warmer and move more easily.',
      'No sharp pain, burning or pins and needles.',
    ],
    precautions: [
      'Skip any joint that is hot, red or swollen.',
      'Stop and call us if you get numbness or tingling in your fingers that does not go away.',
    ],
    equipment: ['massage-ball'],
    defaultDosage: {
      durationMinutes: 3,
      pressure: 'moderate',
      frequency: 'daily',
      timeOfDay: ['midday', 'any-time'],
    },
    body: [
      'Your forearms and hands do a lot of small, repeated movements each day. Typing, texting, cooking and gripping tools all add up. Over time this repetitive strain can make muscles tight and sore.',
      'Self-applied pressure on your arm and hand can ease this strain. It also helps keep your fingers and wrists moving, which matters if you have arthritis in your hands.',
      'Try it during a work break or after a long task. Keep the pressure gentle on any stiff joints. Focus on the soft muscle between the joints.',
    ],
    illustration: {
      motion: 'knead',
      alt: 'Diagram of a forearm and hand with a thumb pressing the forearm and curved arrows showing kneading from wrist to elbow.',
    },
  },
  {
    slug: 'chest-opening-stretch',
    name: 'Chest opening stretch',
    category: 'self-massage',
    kind: 'self-applied',
    bodyRegion: 'chest',
    summary:
      'A short massage of the front of your chest, followed by a gentle doorway stretch. It helps with pain from slouching and rounded shoulders.',
    steps: [
      'Place your fingers just below your collarbone, near your shoulder. Make small circles for about 30 seconds on each side.',
      'Stand in a doorway and place your forearms on the door frame, elbows at shoulder height.',
      'Step one foot forward slowly until you feel a gentle stretch across your chest.',
      'Hold the stretch and breathe slowly. Then step back and rest.',
      'Stand tall and roll your shoulders back once before you go on with your day.',
    ],
    cues: [
      'A gentle stretch across the front of your chest and shoulders.',
      'Your shoulders sit further back and your breathing feels easier.',
      'No pinching in the front of your shoulder and no tingling in your hands.',
    ],
    precautions: [
      'Keep the stretch mild if you have had a shoulder injury or shoulder surgery.',
      'Stop if you feel tingling or numbness in your arms or hands.',
    ],
    equipment: [],
    defaultDosage: {
      repetitions: 3,
      sets: 1,
      holdSeconds: 30,
      restSeconds: 10,
      pressure: 'light',
      frequency: 'daily',
      timeOfDay: ['morning', 'midday'],
    },
    body: [
      'Many people spend hours a day leaning forward, at a desk, a screen or a steering wheel. The chest muscles get short and tight. The upper back muscles then have to work too hard. This can cause neck, shoulder and upper back pain.',
      'This technique combines massage with a stretch. The massage loosens the chest muscles first. The stretch then helps them lengthen, which supports better posture.',
      'Do it once in the morning and once in the middle of the day. It only takes a couple of minutes.',
    ],
    illustration: {
      motion: 'stretch',
      alt: 'Diagram of a person standing in a doorway with forearms on the frame and arrows showing the chest opening forward.',
    },
  },

  // Self-massage: lower body.
  {
    slug: 'hip-flexor-release',
    name: 'Hip flexor release',
    category: 'self-massage',
    kind: 'self-applied',
    bodyRegion: 'hips-glutes',
    summary:
      'Lying on a tennis ball or massage ball to ease tight muscles at the front of your hip. These muscles often get tight from sitting.',
    steps: [
      'Lie face down on the floor or a firm bed.',
      'Place a tennis ball or massage ball just below and inside the bony point at the front of your hip.',
      'Let some of your weight sink onto the ball. Use your forearms to control the pressure.',
      'Hold still and breathe slowly. Then rest for a few breaths.',
      'Repeat, then switch to the other side.',
    ],
    cues: [
      'A deep ache at the front of your hip that eases as you breathe.',
      'Your hip feels looser when you stand up and walk.',
      'It should feel like pressure on muscle, not on bone.',
    ],
    precautions: [
      'If you feel a pulse under the ball, or tingling down your leg, move the ball slightly outward.',
      'Skip this if you are pregnant, have a hernia, or have had recent belly or hip surgery.',
      'Start with a soft tennis ball. Only move to a firmer ball if you need more pressure.',
    ],
    equipment: ['massage-ball'],
    defaultDosage: {
      repetitions: 3,
      sets: 2,
      holdSeconds: 30,
      restSeconds: 30,
      pressure: 'moderate',
      frequency: 'daily',
      timeOfDay: ['before-activity', 'evening'],
    },
    body: [
      'Your hip flexors are the muscles at the front of your hip. They lift your leg when you walk or climb stairs. When you sit a lot, they stay short and can become tight.',
      'Tight hip flexors can pull on your lower back. This can add to lower back pain. A tennis ball lets you put gentle, steady pressure on these muscles at home.',
      'Do one set on each side. Keep the pressure at a level where you can still breathe slowly. After the release, stand up and take a few easy steps.',
    ],
    illustration: {
      motion: 'press',
      alt: 'Diagram of a person lying face down with a ball under the front of one hip and a downward arrow showing body weight pressing into it.',
    },
  },
  {
    slug: 'calf-and-hamstring-rolling',
    name: 'Calf and hamstring rolling',
    category: 'self-massage',
    kind: 'self-applied',
    bodyRegion: 'legs',
    summary:
      'Rolling the backs of your legs slowly over a foam roller. It helps ease leg pain and tightness, especially after activity.',
    steps: [
      'Sit on the floor with the foam roller under your calves. Put your hands on the floor behind you.',
      'Lift your hips a little and slowly roll from just above your ankles to just below your knees.',
      'When you find a tight spot, pause and breathe for a few seconds.',
      'Move the roller under the backs of your thighs and roll from above the knee to below your buttocks.',
      'For less pressure, keep your hips on the floor. Or roll one leg at a time with the other foot flat.',
    ],
    cues: [
      'Pressure you can relax into: a "good hurt" at most, never sharp.',
      'Tight spots ease as you pause on them.',
      'Your legs feel lighter and looser when you stand.',
    ],
    precautions: [
      'Do not roll directly behind your knee.',
      'Do not roll a calf that is swollen, red, warm or painful for no clear reason. Call your doctor, as this can be a sign of a blood clot.',
      'Start with a soft roller and roll slowly.',
    ],
    equipment: ['foam-roller', 'percussion-device'],
    defaultDosage: {
      durationMinutes: 4,
      pressure: 'moderate',
      frequency: 'daily',
      timeOfDay: ['after-exercise', 'evening'],
    },
    body: [
      'Your calves and hamstrings work hard every time you walk, climb or stand. Tight muscles here can cause leg pain. They can also pull on your lower back.',
      'A foam roller lets you massage these big muscles with your own body weight. Rollers come in different densities. A soft one is best to start. A firmer one gives more pressure.',
      'If you own a percussion device, you can use it on a low setting on your calves and thighs instead. Keep it moving and stay off the back of your knee.',
    ],
    illustration: {
      motion: 'roll',
      alt: 'Diagram of a person sitting with a foam roller under the calves and arrows showing the legs rolling back and forth from ankle to knee.',
    },
  },
  {
    slug: 'foot-reflexology',
    name: 'Foot reflexology',
    category: 'self-massage',
    kind: 'self-applied',
    bodyRegion: 'feet',
    summary:
      'Pressing on points on the soles of your feet with your thumbs or a small ball. Many people find it calming for the whole body.',
    steps: [
      'Sit in a chair. Rest one foot on the other knee, or put a small ball under your foot.',
      'With your thumbs, press slowly along the sole of your foot from heel to toes.',
      'Pause on any tender spot and hold still for a few breaths.',
      'Press and gently squeeze each toe, then rub the whole foot with your palms.',
      'Switch feet and repeat.',
    ],
    cues: [
      'A pleasant pressure with some tender spots that ease as you hold.',
      'Your feet feel warm and relaxed.',
      'A general feeling of calm.',
    ],
    precautions: [
      'If you have diabetes or poor feeling in your feet, use only light pressure and check your feet for sores.',
      'Skip any area with a cut, blister, infection or a swollen joint.',
    ],
    equipment: ['massage-ball'],
    defaultDosage: {
      durationMinutes: 4,
      pressure: 'moderate',
      frequency: 'daily',
      timeOfDay: ['evening', 'bedtime'],
    },
    body: [
      'Foot reflexology uses pressure point techniques on your feet. In reflexology, points on the feet are linked to other parts of the body. Many people use it for whole-body relief.',
      'Your feet have many nerve endings. Pressing them can calm your nervous system and help you relax. Rolling a small ball under your foot is an easy way to start.',
      'This is a good one to do in the evening. It can help you unwind before sleep. You can also do it during a flare-up, since it does not touch the area that hurts.',
    ],
    illustration: {
      motion: 'press',
      alt: 'Diagram of the sole of a foot with thumbs pressing and arrows running from the heel up to the toes.',
    },
  },
  {
    slug: 'glute-release-and-activation',
    name: 'Glute release and activation',
    category: 'self-massage',
    kind: 'self-applied',
    bodyRegion: 'hips-glutes',
    summary:
      'Rolling a massage ball under your buttock muscles, then doing a simple strengthening exercise. This both loosens and wakes up the muscles that support your lower back.',
    steps: [
      'Sit on the floor and place a massage ball under one buttock. Lean toward that side.',
      'Roll slowly in small circles for about 1 minute. Pause on tight spots. Switch sides.',
      'Lie on your back with your knees bent and feet flat on the floor.',
      'Squeeze your buttocks and lift your hips until your body is in a straight line from knees to shoulders.',
      'Hold for 3 seconds, then lower slowly. Repeat for the number of times on your plan.',
    ],
    cues: [
      'A deep ache in the buttock that eases as you roll.',
      'During the lift, you feel your buttocks working more than your back.',
      'Your hips and lower back feel more supported afterwards.',
    ],
    precautions: [
      'If you feel tingling or pain down your leg, move the ball to a new spot.',
      'Keep the hip lift small if it hurts your lower back.',
    ],
    equipment: ['massage-ball'],
    defaultDosage: {
      durationMinutes: 5,
      repetitions: 10,
      sets: 2,
      holdSeconds: 3,
      pressure: 'moderate',
      frequency: 'daily',
      timeOfDay: ['before-activity', 'after-exercise'],
    },
    body: [
      'Your glutes are the big muscles in your buttocks. They help hold up your pelvis and lower back. When they are tight or weak, your back often works harder than it should.',
      'This technique combines self-massage with strengthening. The ball loosens tight spots first. The hip lift then "turns on" the muscles so they can support you better.',
      'Better muscle balance helps you keep a good posture. This is one way massage supports your spine. It can help with lower back pain and sciatica.',
    ],
    illustration: {
      motion: 'roll',
      alt: 'Diagram of a person sitting on a ball under one buttock with small circular arrows, next to a figure lifting the hips with an upward arrow.',
    },
  },
]
