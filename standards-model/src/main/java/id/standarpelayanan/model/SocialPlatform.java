package id.standarpelayanan.model;

import org.apiguardian.api.API;

/** The platform of a social-media account. Since 1.1. */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum SocialPlatform implements Labelled {
  /** Facebook. */
  FACEBOOK,
  /** Instagram. */
  INSTAGRAM,
  /** X, formerly Twitter. */
  X,
  /** YouTube. */
  YOUTUBE,
  /** TikTok. */
  TIKTOK,
  /** Telegram. */
  TELEGRAM,
  /** Any other platform. */
  OTHER
}
