import type { SeedResource } from '../types'

/** Ten starter resources covering every kind of support the clinic's article names. */
export const resources: SeedResource[] = [
  {
    slug: 'choosing-a-massage-therapist',
    title: 'How to choose a massage therapist for chronic pain',
    kind: 'practitioner-guidance',
    summary:
      'What to look for in a therapist. Check their training, their chronic pain experience, their approach and how well they listen.',
    body: [
      'The right therapist can make a big difference to your results. Look at four things before you book.',
      { heading: 'Certification' },
      'Check that your therapist is licensed or registered where you live. Ask about their education and training. A qualified therapist will be happy to tell you.',
      { heading: 'Specialisation' },
      'Look for someone with experience in chronic pain. Ask if they have worked with people who have your condition, such as fibromyalgia, arthritis or sciatica.',
      { heading: 'Treatment philosophy' },
      'Find a therapist who understands your condition. They should see massage as one part of your wider care plan, not a cure on its own.',
      { heading: 'Communication' },
      'You should feel at ease talking about your pain levels and what you like. Good questions to ask at your first visit:',
      {
        list: [
          'How will you check in with me about pressure during the session?',
          'What should I expect to feel the next day?',
          'How often do you think I should come, and for how long?',
          'What can I do at home between visits?',
        ],
      },
    ],
  },
  {
    slug: 'insurance-coverage',
    title: 'Does my insurance cover massage therapy?',
    kind: 'insurance-guidance',
    summary:
      'Some health plans help pay for massage therapy, often when it treats a medical condition. Here is how to find out what your plan covers.',
    body: [
      'Many health plans do not list massage on their main benefits page. But some plans will cover it when it is part of treatment for a medical condition. It pays to check.',
      'Call the number on the back of your insurance card. Ask these questions:',
      {
        list: [
          'Does my plan cover massage therapy? Is there a yearly limit?',
          'Do I need a referral or prescription from my doctor?',
          'Does the therapist need to have a certain license or be in your network?',
          'Will you pay the clinic directly, or do I pay and send you the receipt?',
        ],
      },
      'Write down the date, the name of the person you spoke to and what they said. Keep all your receipts. Our front desk can give you the forms and codes your plan may ask for.',
    ],
  },
  {
    slug: 'hsa-fsa-funds',
    title: 'Using HSA or FSA funds for massage',
    kind: 'insurance-guidance',
    summary:
      'You may be able to pay for massage with a health savings account (HSA) or flexible spending account (FSA). This usually applies when massage treats a medical condition.',
    url: 'https://www.irs.gov/publications/p502',
    body: [
      'An HSA or FSA lets you set aside money before tax for health costs. In many cases, massage therapy can qualify when it treats a medical condition, like chronic back pain or fibromyalgia. Massage just for general relaxation usually does not.',
      'Your plan may ask for a letter from your doctor. This is often called a letter of medical necessity. It says why massage is part of your treatment.',
      {
        list: [
          'Check your plan\'s rules before you book. They differ from plan to plan.',
          'Ask your doctor for a letter if your plan needs one.',
          'Keep every receipt. Ask us for an itemised receipt if you need one.',
          'See IRS Publication 502 for the official list of medical expenses in the United States.',
        ],
      },
    ],
  },
  {
    slug: 'sliding-scale-and-packages',
    title: 'Sliding scale fees and package deals',
    kind: 'insurance-guidance',
    summary:
      'Two ways to make regular massage cost less. Some clinics base fees on your income. Many offer lower prices when you book a series of visits.',
    body: [
      'Regular sessions work best for chronic pain. That can add up. There are ways to make care last.',
      { heading: 'Sliding scale' },
      'Some practitioners offer a sliding scale. This means the price is based on your income. It is fine to ask if a clinic offers one. You will not be judged for asking.',
      { heading: 'Package deals' },
      'Many clinics give a lower rate when you book a set of visits, such as 5 or 10 sessions. This works well if you plan weekly or every-two-week visits. Ask whether unused sessions expire.',
      'Self-massage at home also helps stretch your budget. A good home routine can help you need fewer clinic visits over time.',
    ],
  },
  {
    slug: 'massage-therapy-associations',
    title: 'Massage therapy associations',
    kind: 'organisation',
    summary:
      'Professional groups for massage therapists share trusted information for the public and can help you find qualified therapists.',
    url: 'https://www.amtamassage.org',
    body: [
      'Massage therapy associations are professional groups for therapists. They set standards for training and conduct. Many also share clear, trusted information for patients.',
      'The American Massage Therapy Association (AMTA) is one of the largest in the United States. Its website has articles on massage and health, and a tool to find therapists near you.',
      'Other countries and states have their own associations. Look for a group that lists members by area and explains what training its members must have.',
    ],
  },
  {
    slug: 'online-self-massage-courses',
    title: 'Learning self-massage online',
    kind: 'course',
    summary:
      'Online courses can teach you self-massage at home. Here is how to pick a safe, reputable program.',
    body: [
      'Online courses let you learn self-massage at your own pace. Videos help you see exactly how to place your hands or a ball. But not every course is good.',
      'Choose a reputable program. Look for these signs:',
      {
        list: [
          'It is taught by a licensed massage therapist or physical therapist.',
          'It explains when not to do a technique and when to get help.',
          'It starts with gentle pressure and builds up slowly.',
          'It does not promise to cure your condition.',
        ],
      },
      'Bring the course to your next visit. We can help you choose the parts that suit your body and skip the ones that do not.',
    ],
  },
  {
    slug: 'research-on-massage-and-pain',
    title: 'What research says about massage and pain',
    kind: 'research',
    summary:
      'A plain-language look at the science: how touch blocks pain signals, releases natural painkillers and lowers inflammation.',
    body: [
      'Research shows that regular massage can lower pain, help you move more easily and improve how you feel overall. Here are some of the main findings.',
      {
        list: [
          'Gate control theory: touch wakes up large nerve fibers. These "close the gate" on pain signals going to your brain.',
          'Endorphins: research published in the International Journal of Therapeutic Massage & Bodywork shows massage triggers endorphins. These are your body\'s natural painkillers.',
          'Inflammation: studies show regular massage can lower signs of inflammation in the body. These include cytokines and tumor necrosis factor.',
        ],
      },
      'When you read a new study, ask a few questions. Was it done with people like you? How many people took part? Did it compare massage to something else? Bring any study you find to your next visit and we can talk it through.',
    ],
  },
  {
    slug: 'chronic-pain-support-groups',
    title: 'Chronic pain support groups',
    kind: 'support-group',
    summary:
      'Connecting with others who live with chronic pain can make you feel less alone and give you practical tips.',
    body: [
      'Living with chronic pain can feel lonely. A support group connects you with people who understand. You can share tips, ask questions and simply be heard.',
      'Groups meet in person or online. Some focus on one condition, like fibromyalgia or arthritis. Others are open to anyone with ongoing pain.',
      {
        list: [
          'Ask your doctor, hospital or local library about groups near you.',
          'Look for groups run by a health charity or trained leader.',
          'Try a group a few times before you decide if it fits.',
          'Be careful with any group that pushes you to buy products.',
        ],
      },
      'If your pain ever leaves you feeling hopeless, talk to your doctor. Get help right away if you think about harming yourself.',
    ],
  },
  {
    slug: 'how-massage-eases-pain',
    title: 'How massage eases chronic pain',
    kind: 'article',
    summary:
      'Massage works in several ways at once. It blocks pain signals, releases natural painkillers, lowers inflammation, helps drain fluid and can retrain your nervous system.',
    body: [
      'Massage is not just "feeling nice". It works through several real processes in your body.',
      { heading: 'It closes the gate on pain' },
      'Touch wakes up large nerve fibers. These help "close the gate" on pain signals going to your brain. That is why you can feel relief during and right after a session.',
      { heading: 'It releases natural painkillers' },
      'Massage triggers the release of endorphins. These are your body\'s own painkillers. They lower pain and help you feel good.',
      { heading: 'It lowers inflammation' },
      'Chronic pain often comes with ongoing inflammation. Regular massage can lower signs of inflammation. It also improves blood flow, which helps clear waste products. And it eases muscle tension that can feed inflammation.',
      { heading: 'It helps drain fluid' },
      'Massage supports lymphatic drainage. This is how your body moves extra fluid and waste out of tissues. It supports your natural healing.',
      { heading: 'It can retrain your nervous system' },
      'With chronic pain, your nervous system can become too sensitive. Regular massage can help retrain how it reacts to pain signals. This is why regular sessions tend to help more than one-off visits.',
    ],
  },
  {
    slug: 'combining-massage-with-other-therapies',
    title: 'Combining massage with your other treatments',
    kind: 'article',
    summary:
      'Massage works best as one part of your care. Here is how to pair it with exercise, medicine, heat and cold, and stress relief.',
    body: [
      'Massage is one tool in your pain plan. You will get the most from it when it works together with your other care.',
      { heading: 'Physical therapy exercises' },
      'Tell us about any exercises your physical therapist gave you. Massage can loosen tight muscles so the exercises feel easier. We can plan sessions around your physical therapy.',
      { heading: 'Medication timing' },
      'Ask your doctor or pharmacist about timing your sessions around your medicine. Tell your therapist what you take. Pain medicine can make it harder to notice if pressure is too strong. Blood thinners can make you bruise more easily.',
      { heading: 'Heat and cold' },
      'Heat before massage helps stiff muscles relax. Cold after massage can calm a swollen or inflamed area. Some people switch between the two. Use each for 15 to 20 minutes at most, with a cloth between it and your skin.',
      { heading: 'Stress management' },
      'Stress makes pain feel worse. Try pairing your self-massage with one of these:',
      {
        list: [
          'Slow breathing: breathe in for 4 counts and out for 6 counts.',
          'A short meditation or guided relaxation recording.',
          'A few quiet minutes with the lights low before bed.',
        ],
      },
    ],
  },
]
